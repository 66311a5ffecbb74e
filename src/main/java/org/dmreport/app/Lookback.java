package org.dmreport.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Finding;

/**
 * Follows the health episodes still open when a window starts back to their true start. A window
 * reads one capture before {@code since}, so such an episode seems to start there. The captures
 * before are read in chunks going back (a quarter of the window first, then twice as much each
 * time, at most {@link ReadWindow#lookback()} in all), only while an episode is still open at the
 * earliest capture read: a window with nothing open reads nothing more, and one with an episode open
 * for a day reads that day once. Each chunk is checked on its own; an episode of it that ends where
 * the open one starts, of the same rule, cluster, task, source and subject, gives the earlier start.
 */
final class Lookback {

    private Lookback() {}

    /**
     * {@code findings} with every episode open at {@code window}'s start given its true start, found
     * by checking earlier captures with {@code checkBefore}, which gives the findings of the captures
     * of a window (and closes whatever it opened).
     */
    static List<Finding> stitch(
            ReadWindow window, List<Finding> findings, Function<ReadWindow, List<Finding>> checkBefore) {
        if (window.since() == null || window.lookback().isZero()) {
            return findings;
        }
        Instant since = window.since();
        Map<Finding, Instant> open = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.episode() != null
                    && !f.episode().instant()
                    && f.episode().from().isBefore(since)) {
                open.put(f, f.episode().from());
            }
        }
        Instant cursor = since;
        Instant limit = since.minus(window.lookback());
        Duration step = window.until() == null
                ? Duration.ofHours(6)
                : Duration.between(since, window.until()).dividedBy(4);
        step = step.compareTo(Duration.ofMinutes(10)) < 0 ? Duration.ofMinutes(10) : step;
        Map<Finding, Instant> starts = new HashMap<>();
        while (!open.isEmpty() && cursor.isAfter(limit)) {
            Instant from = cursor.minus(step).isBefore(limit) ? limit : cursor.minus(step);
            List<Finding> earlier = checkBefore.apply(new ReadWindow(from, cursor.minusNanos(1), Duration.ZERO));
            Map<Finding, Instant> stillOpen = new LinkedHashMap<>();
            open.forEach((f, start) -> earlier.stream()
                    .filter(e -> e.episode() != null
                            && same(e, f)
                            && e.episode().until().equals(start))
                    .findFirst()
                    .ifPresent(before -> {
                        Instant truer = before.episode().from();
                        starts.put(f, truer);
                        // It starts at the capture read before the chunk: it goes further back.
                        if (truer.isBefore(from)) {
                            stillOpen.put(f, truer);
                        }
                    }));
            open = stillOpen;
            cursor = from;
            step = step.multipliedBy(2);
        }
        List<Finding> stitched = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Instant start = starts.get(f);
            stitched.add(start == null ? f : f.startingAt(start, open.containsKey(f)));
        }
        return stitched;
    }

    /** Whether two findings report the same subtask's (or source's) episode of one rule. */
    private static boolean same(Finding a, Finding b) {
        Episode x = a.episode();
        Episode y = b.episode();
        return a.ruleId().equals(b.ruleId())
                && a.cluster().equals(b.cluster())
                && a.task().equals(b.task())
                && a.source().equals(b.source())
                && x.kind() == y.kind()
                && Objects.equals(x.subject(), y.subject());
    }
}
