package org.dmreport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Severity;
import org.junit.jupiter.api.Test;

/** The window figures' arithmetic: unhealthy time counts overlaps once and leaves out what is not ill health. */
class TaskWindowTest {

    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");

    private static Finding episode(Episode.Kind kind, int fromMinute, int untilMinute) {
        return new Finding(
                kind.key(),
                Severity.WARNING,
                Category.HEALTH,
                "in.json",
                "",
                1,
                T0,
                "",
                1,
                1,
                "t1",
                "s1",
                "",
                Map.of(),
                false,
                1,
                null,
                new Episode(kind, T0.plusSeconds(60L * fromMinute), T0.plusSeconds(60L * untilMinute)),
                "");
    }

    @Test
    void overlappingEpisodesCountOnceAndRestartsAndDisagreementsNotAtAll() {
        assertEquals(
                (60 - 10 + 100 - 90) * 60L,
                TaskWindow.coveredSeconds(List.of(
                        episode(Episode.Kind.STALLED, 10, 40),
                        episode(Episode.Kind.LAGGING, 30, 60),
                        episode(Episode.Kind.PAUSED_ON_ERROR, 15, 20),
                        episode(Episode.Kind.LOCK_BLOCKED, 90, 100),
                        episode(Episode.Kind.RESTARTED, 70, 70),
                        episode(Episode.Kind.LAG_DISAGREES, 110, 150))));
        assertEquals(0, TaskWindow.coveredSeconds(List.of()));
    }
}
