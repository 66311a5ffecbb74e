package org.dmreport.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Finding;
import org.dmreport.model.Unit;

/**
 * A task's figures over the whole window, not its latest capture. Times are in seconds; a figure
 * with nothing to measure is null (no {@code secondsBehindMaster} printed, fewer than two captures
 * of Sync).
 *
 * @param observedSeconds  time between the task's first and last capture in the window, over the
 *                         captures that show it
 * @param unhealthySeconds time within an episode of the task (paused on an error, stalled, lagging,
 *                         blocked by a DDL lock or conflict), overlapping episodes counted once
 * @param availability     healthy time over observed time, 0 to 1; null when nothing was observed
 * @param stageSeconds     time its subtasks spent in each stage, summed over subtasks
 * @param lagP50Seconds    percentiles (nearest rank) over its captures of the largest
 *                         {@code secondsBehindMaster} of its subtasks at each
 * @param rowsPerSecondP50 percentiles over its captures of the rows per second of its Sync subtasks
 *                         together, from counter deltas between captures
 * @param incidents        incidents that concern the task
 */
public record TaskWindow(
        long observedSeconds,
        long healthySeconds,
        long unhealthySeconds,
        Double availability,
        Map<String, Long> stageSeconds,
        Long lagP50Seconds,
        Long lagP95Seconds,
        Long lagP99Seconds,
        Long lagMaxSeconds,
        Double rowsPerSecondP50,
        Double rowsPerSecondMax,
        int incidents) {

    public TaskWindow {
        stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
    }

    /**
     * Seconds covered by at least one lasting episode of {@code episodes}, overlaps counted once (lag
     * measures disagreeing is not ill health, a restart lasts no time).
     */
    public static long coveredSeconds(List<Finding> episodes) {
        return coveredSeconds(episodes, Instant.MIN, Instant.MAX);
    }

    /** {@link #coveredSeconds(List)} within {@code within..upTo}. */
    public static long coveredSeconds(List<Finding> episodes, Instant within, Instant upTo) {
        NavigableMap<Instant, Instant> spans = new TreeMap<>();
        for (Finding f : episodes) {
            Episode e = f.episode();
            Instant start = e.from().isBefore(within) ? within : e.from();
            Instant end = e.until().isAfter(upTo) ? upTo : e.until();
            if (!e.instant() && e.kind() != Episode.Kind.LAG_DISAGREES && !end.isBefore(start)) {
                spans.merge(start, end, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        long seconds = 0;
        Instant from = null;
        Instant until = null;
        for (Map.Entry<Instant, Instant> span : spans.entrySet()) {
            if (until != null && !span.getKey().isAfter(until)) {
                until = span.getValue().isAfter(until) ? span.getValue() : until;
                continue;
            }
            seconds += from == null ? 0 : Duration.between(from, until).getSeconds();
            from = span.getKey();
            until = span.getValue();
        }
        return seconds + (from == null ? 0 : Duration.between(from, until).getSeconds());
    }

    /** Gathers one task's figures from its series, loaded one at a time, and its episodes. */
    public static final class Builder {
        private final TreeSet<Instant> seen = new TreeSet<>();
        private final TreeMap<Instant, Long> lag = new TreeMap<>();
        private final TreeMap<Instant, Double> rows = new TreeMap<>();
        private final List<StageTimes> stages = new ArrayList<>();

        /** Adds one subtask's series, with its throughput and stage times. */
        public void add(SubtaskSeries series, Throughput t, StageTimes times) {
            for (SubtaskSeries.Step step : series.steps()) {
                Instant at = step.present() ? step.point().capture().capturedAt() : null;
                if (at == null) {
                    continue;
                }
                seen.add(at);
                Long behind = step.point().secondsBehindMaster();
                if (behind != null) {
                    lag.merge(at, behind, Math::max);
                }
            }
            if (Unit.Sync.is(t.unit())) {
                t.samples().forEach(s -> rows.merge(s.at(), s.perSecond(), Double::sum));
            }
            stages.add(times);
        }

        /** The figures, with {@code episodes} the task's findings of an episode and {@code incidents} its count. */
        public TaskWindow build(List<Finding> episodes, int incidents) {
            long observed = 0;
            Instant previous = null;
            for (Instant t : seen) {
                observed += previous == null ? 0 : Duration.between(previous, t).getSeconds();
                previous = t;
            }
            // An episode that began before the window counts from the window's first capture.
            long unhealthy =
                    seen.isEmpty() ? 0 : Math.min(observed, coveredSeconds(episodes, seen.first(), seen.last()));
            Map<String, Long> byStage = new LinkedHashMap<>();
            for (String stage : StageTimes.keys(stages, true)) {
                long seconds = 0;
                for (StageTimes s : stages) {
                    seconds += s.byStage().getOrDefault(stage, Duration.ZERO).getSeconds();
                }
                byStage.put(stage, seconds);
            }
            List<Long> lags = lag.values().stream().sorted().toList();
            List<Double> rates = rows.values().stream().sorted().toList();
            return new TaskWindow(
                    observed,
                    observed - unhealthy,
                    unhealthy,
                    observed == 0 ? null : (double) (observed - unhealthy) / observed,
                    byStage,
                    rank(lags, 50),
                    rank(lags, 95),
                    rank(lags, 99),
                    lags.isEmpty() ? null : lags.get(lags.size() - 1),
                    rank(rates, 50),
                    rates.isEmpty() ? null : rates.get(rates.size() - 1),
                    incidents);
        }

        /** The nearest-rank {@code p}th percentile of sorted {@code values}, or null for none. */
        private static <T> T rank(List<T> values, int p) {
            if (values.isEmpty()) {
                return null;
            }
            int rank = (int) Math.ceil(p / 100.0 * values.size());
            return values.get(Math.max(0, rank - 1));
        }
    }
}
