package org.dmreport.findings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folds a finding that repeats along a series into one: the same fingerprint (rule, task, source,
 * JSON pointer), severity and baseline state in consecutive captures of the batch is one finding
 * with its count, its first place and its last. A capture of the batch in which it was not found
 * ends the run; a finding without a capture time is never folded, nor two of one capture. Memory
 * follows the number of runs open at a time, not of findings.
 */
public final class Folding {

    private Folding() {}

    /**
     * {@code findings}, in {@link FindingOrder}, folded; {@code captureTimes} are the batch's capture
     * times, in order, each once. The result is in {@link FindingOrder} of first occurrences.
     */
    public static List<Finding> fold(List<Finding> findings, List<Instant> captureTimes) {
        Map<Instant, Integer> index = new HashMap<>();
        for (Instant t : captureTimes) {
            index.putIfAbsent(t, index.size());
        }
        // Open runs by key: several when a capture holds the same finding more than once (one per
        // value of a pointer-less rule, say), paired in order with those of the next capture.
        Map<String, List<Run>> open = new LinkedHashMap<>();
        List<Finding> folded = new ArrayList<>();
        for (Finding f : findings) {
            Integer at = f.capturedAt() == null ? null : index.get(f.capturedAt());
            if (at == null) {
                folded.add(f);
                continue;
            }
            List<Run> runs = open.computeIfAbsent(f.fingerprint() + '\u0000' + f.severity() + '\u0000' + f.baselined(),
                    k -> new ArrayList<>());
            Run extended = null;
            for (Iterator<Run> it = runs.iterator(); it.hasNext(); ) {
                Run run = it.next();
                if (run.lastIndex < at - 1) {
                    folded.add(run.finding());
                    it.remove();
                } else if (extended == null && run.lastIndex == at - 1) {
                    extended = run;
                }
            }
            if (extended != null) {
                extended.extend(f, at);
            } else {
                runs.add(new Run(f, at));
            }
        }
        open.values().forEach(runs -> runs.forEach(run -> folded.add(run.finding())));
        folded.sort(FindingOrder.ORDER);
        return folded;
    }

    /** " (in 9,900 captures, FIRST to LAST)" for a folded finding, else "": the suffix of one-line forms. */
    public static String note(Finding f) {
        if (f.occurrences() <= 1) {
            return "";
        }
        return String.format(Locale.ROOT, " (in %,d captures, %s to %s)", f.occurrences(), f.capturedAt(),
                f.last().capturedAt());
    }

    private static final class Run {
        private final Finding first;
        private Finding last;
        private int count = 1;
        private int lastIndex;

        Run(Finding first, int index) {
            this.first = first;
            this.last = first;
            this.lastIndex = index;
        }

        void extend(Finding next, int index) {
            count++;
            last = next;
            lastIndex = index;
        }

        Finding finding() {
            return first.repeated(count, last.here());
        }
    }
}
