package org.dmreport.app;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Finding;

/**
 * Follows the health episodes still open when a window starts back to their true start. A window
 * reads one capture before {@code since}, so such an episode seems to start there. The captures
 * before are read in chunks going back (a quarter of the window first, then twice as much each
 * time, at most {@link ReadWindow#lookback()} in all), only while an episode is still open at the
 * earliest captures read: a window with nothing open reads nothing more, and one with an episode
 * open for a day reads that day about once. Each chunk is checked on its own; an episode of it that
 * covers the open one's known start, of the same rule, cluster, task, source and subject, gives
 * the earlier start.
 */
final class Lookback {

    private Lookback() {}

    /** What checking one chunk of earlier captures gave: its findings, and its capture times in order. */
    record Chunk(List<Finding> findings, List<Instant> captures) {}

    /**
     * One chunk to check: the captures of {@code window}, and of them only the files named as one of
     * {@code names} (those the open episodes were found in: an archive names its files alike from
     * capture to capture), or every file when {@code names} is empty.
     */
    record Ask(ReadWindow window, Set<String> names) {}

    /**
     * {@code findings} (of the window's {@code captures}, in time order) with every episode open at
     * {@code window}'s start given its true start, found by checking earlier captures with {@code
     * checkBefore}, which gives the findings and capture times of a window (and closes whatever it
     * opened). {@code overlap} is more than the longest any rule waits before it reports an episode.
     */
    static List<Finding> stitch(
            ReadWindow window,
            List<Finding> findings,
            List<Instant> captures,
            Duration overlap,
            Function<Ask, Chunk> checkBefore) {
        if (!window.looksBack()) {
            return findings;
        }
        Instant since = window.since();
        // Read alone, an episode open at the start begins at the window's first or second capture:
        // a rule that compares a capture with the one before cannot start one at the first.
        Instant edge0 = captures.size() < 2 ? since : captures.get(1);
        Map<Finding, Instant> open = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.episode() != null
                    && !f.episode().instant()
                    && !f.episode().from().isAfter(edge0)) {
                open.put(f, f.episode().from());
            }
        }
        Instant limit = since.minus(window.lookback());
        Duration step = window.until() == null
                ? Duration.ofHours(6)
                : Duration.between(since, window.until()).dividedBy(4);
        step = step.compareTo(Duration.ofMinutes(10)) < 0 ? Duration.ofMinutes(10) : step;
        Map<Finding, Instant> starts = new HashMap<>();
        Instant previousFrom = null;
        while (!open.isEmpty()) {
            // A chunk starts a step before the earliest start still open (and before the chunk read
            // last, so that the walk back ends), and reaches past that start by more than the
            // longest a rule waits before it reports (--stall-after, --blocked-after), so that it
            // sees the episode there.
            Instant earliest = open.values().stream().min(Instant::compareTo).orElseThrow();
            Instant from = earliest.minus(step);
            if (previousFrom != null && !from.isBefore(previousFrom)) {
                from = previousFrom.minus(step);
            }
            if (!from.isAfter(limit)) {
                from = limit;
            }
            if (previousFrom != null && !from.isBefore(previousFrom)) {
                break;
            }
            Chunk chunk = checkBefore.apply(
                    new Ask(new ReadWindow(from, earliest.plus(overlap), Duration.ZERO), names(open.keySet())));
            previousFrom = from;
            step = step.multipliedBy(2);
            if (chunk.captures().size() < 2) {
                break;
            }
            // A rule that compares a capture with the one before (a stall) cannot start an episode
            // at the chunk's first capture: one starting at its second may go further back too.
            Instant edge = chunk.captures().get(1);
            Map<Finding, Instant> stillOpen = new LinkedHashMap<>();
            open.forEach((f, start) -> chunk.findings().stream()
                    .filter(e -> e.episode() != null
                            && same(e, f)
                            && !e.episode().from().isAfter(start)
                            && !e.episode().until().isBefore(start))
                    .findFirst()
                    .ifPresent(before -> {
                        Instant truer = before.episode().from();
                        if (truer.isBefore(start)) {
                            starts.put(f, truer);
                        }
                        if (!truer.isAfter(edge)) {
                            stillOpen.put(f, truer);
                        }
                    }));
            open = stillOpen;
        }
        List<Finding> stitched = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Instant start = starts.get(f);
            stitched.add(start == null ? f : f.startingAt(start, open.containsKey(f)));
        }
        return stitched;
    }

    /** The file names the findings were found in; none (every file) when one came from no named file. */
    private static Set<String> names(Set<Finding> findings) {
        Set<String> names = new TreeSet<>();
        for (Finding f : findings) {
            Path file = f.input().isEmpty() || f.input().equals("-")
                    ? null
                    : Path.of(f.input()).getFileName();
            if (file == null) {
                return Set.of();
            }
            names.add(file.toString());
        }
        return names;
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
