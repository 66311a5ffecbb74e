package org.dmreport.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dmreport.analysis.HumanDuration;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.model.Origin;

/**
 * The first or last capture time far from all the others: a typo in a folder name, or a clock that
 * was wrong when a file was saved. It stretches every timeline of the report over the empty span.
 */
public final class CaptureTimeOutlierRule implements Rule.OfHistory {

    /** A gap this many times the usual interval between captures, and at least {@link #LEAST}, sets a capture apart. */
    static final int TIMES_USUAL = 100;

    static final Duration LEAST = Duration.ofDays(7);

    @Override
    public void check(List<SnapshotStatus> history, RuleSettings settings, Reporter reporter) {
        TreeSet<Instant> times = new TreeSet<>();
        for (SnapshotStatus s : history) {
            if (s.capture().capturedAt() != null) {
                times.add(s.capture().capturedAt());
            }
        }
        if (times.size() < 3) {
            return;
        }
        List<Instant> sorted = new ArrayList<>(times);
        List<Long> gaps = new ArrayList<>(sorted.size() - 1);
        for (int k = 1; k < sorted.size(); k++) {
            gaps.add(Duration.between(sorted.get(k - 1), sorted.get(k)).getSeconds());
        }
        // The usual interval leaves out the end gaps, the ones in question (lower median of the rest).
        List<Long> ordered = (gaps.size() >= 3 ? gaps.subList(1, gaps.size() - 1) : gaps)
                .stream().sorted().toList();
        long usual = Math.max(1, ordered.get((ordered.size() - 1) / 2));
        long apart = Math.max(LEAST.getSeconds(), usual * TIMES_USUAL);
        Instant first = gaps.get(0) > apart ? sorted.get(0) : null;
        Instant last = gaps.get(gaps.size() - 1) > apart ? sorted.get(sorted.size() - 1) : null;
        for (SnapshotStatus s : history) {
            Instant at = s.capture().capturedAt();
            if (at == null || !(at.equals(first) || at.equals(last))) {
                continue;
            }
            boolean before = at.equals(first);
            Instant neighbour = before ? sorted.get(1) : sorted.get(sorted.size() - 2);
            Duration gap = Duration.between(before ? at : neighbour, before ? neighbour : at);
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("capturedAt", at.toString());
            evidence.put(before ? "nextCapture" : "previousCapture", neighbour.toString());
            evidence.put("usualInterval", HumanDuration.of(Duration.ofSeconds(usual)));
            reporter.report(
                    Place.of(s.capture(), s.document(), new Origin("", 1, 1)),
                    "captured at " + at + ", "
                            + HumanDuration.of(gap)
                            + (before ? " before the next capture" : " after the previous capture")
                            + " (captures are usually " + HumanDuration.of(Duration.ofSeconds(usual))
                            + " apart): a typo in "
                            + "the path or a wrong clock?",
                    evidence);
        }
    }
}
