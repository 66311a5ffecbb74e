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
 * ends the run; a finding without a capture time is never folded, nor two of one capture. Findings
 * are folded as they come, capture after capture, so memory follows the number of runs open at a
 * time, not the number of findings.
 */
public final class Folding {

    /** Open runs by key: several when a capture holds the same finding more than once. */
    private final Map<String, List<Run>> open = new LinkedHashMap<>();

    private final List<Finding> done = new ArrayList<>();
    private Instant current;
    private int index = -1;

    /** Says that the batch's next capture, in time order, is at {@code at}; its findings follow. */
    public void capture(Instant at) {
        if (at != null && !at.equals(current)) {
            current = at;
            index++;
        }
    }

    /** A finding of the current capture, or one without a capture time. */
    public void add(Finding f) {
        if (f.capturedAt() == null || !f.capturedAt().equals(current)) {
            done.add(f);
            return;
        }
        List<Run> runs = open.computeIfAbsent(
                f.fingerprint() + '\u0000' + f.severity() + '\u0000' + f.baselined(), k -> new ArrayList<>());
        Run extended = null;
        for (Iterator<Run> it = runs.iterator(); it.hasNext(); ) {
            Run run = it.next();
            if (run.lastIndex < index - 1) {
                done.add(run.finding());
                it.remove();
            } else if (extended == null && run.lastIndex == index - 1) {
                extended = run;
            }
        }
        if (extended != null) {
            extended.extend(f, index);
        } else {
            runs.add(new Run(f, index));
        }
    }

    /** Every finding, folded, in {@link FindingOrder} of first occurrences. */
    public List<Finding> finish() {
        open.values().forEach(runs -> runs.forEach(run -> done.add(run.finding())));
        open.clear();
        done.sort(FindingOrder.ORDER);
        return done;
    }

    /**
     * {@code findings}, in {@link FindingOrder}, folded; {@code captureTimes} are the batch's capture
     * times, in order, each once.
     */
    public static List<Finding> fold(List<Finding> findings, List<Instant> captureTimes) {
        Map<Instant, Integer> known = new HashMap<>();
        captureTimes.forEach(t -> known.putIfAbsent(t, known.size()));
        Folding folding = new Folding();
        int next = 0;
        for (Finding f : findings) {
            Integer at = f.capturedAt() == null ? null : known.get(f.capturedAt());
            while (at != null && next <= at) {
                folding.capture(captureTimes.get(next++));
            }
            folding.add(f); // a time not among the captures is not the current one: it stands alone
        }
        return folding.finish();
    }

    /** " (in 9,900 captures, FIRST to LAST)" for a folded finding, else "": the suffix of one-line forms. */
    public static String note(Finding f) {
        if (f.occurrences() <= 1) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                " (in %,d captures, %s to %s)",
                f.occurrences(),
                f.capturedAt(),
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
