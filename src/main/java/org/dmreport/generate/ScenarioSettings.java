package org.dmreport.generate;

import java.time.Duration;
import java.time.Instant;

/**
 * The shape of a generated series.
 *
 * @param seed     every random choice derives from it: the same settings give the same bytes
 * @param captures how many captures, {@code interval} apart from {@code start}
 * @param tasks    tasks; the first migrates in {@code all} mode, the second is a sharded
 *                 incremental task, the others are plain incremental tasks
 * @param sources  upstream sources, every task on each of them; at least 3 for every event to occur
 */
public record ScenarioSettings(long seed, int captures, int tasks, int sources, Duration interval, Instant start) {

    /** The shipped samples: 2 tasks on 3 sources, 48 captures half an hour apart over one day. */
    public static final ScenarioSettings SAMPLES =
            new ScenarioSettings(42, 48, 2, 3, Duration.ofMinutes(30), Instant.parse("2026-11-26T00:00:00Z"));

    public ScenarioSettings {
        if (captures < 1 || tasks < 1 || sources < 1 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("captures, tasks, sources and interval must be positive");
        }
    }
}
