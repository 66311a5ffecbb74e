package org.dmreport.app;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmreport.input.DumpReader;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputSource;
import org.dmreport.model.Capture;
import org.dmreport.model.TimeSource;

/**
 * Decides every input's capture before any is read, and says where a time is weak:
 * <ul>
 *   <li>a modification time shared by files of two folders or more, or by more than
 *       {@link #ONE_RUN} files of one folder, is a lost time (a checkout, a copy without
 *       {@code -p}): those files become captures of unknown time, each on its own, never one
 *       capture whose documents "conflict", and one warning says how many files share which time;
 *       a modification time before {@link #FIRST_PLAUSIBLE} is no capture time either;</li>
 *   <li>a path timestamp without an offset is read in the path zone: without {@code --path-zone}
 *       that is UTC, and a note says so once;</li>
 *   <li>a path part written as a time that is none, or holding a date in no form read, is named once.</li>
 * </ul>
 */
final class CaptureDecisions {

    /** More files than one capture run writes into its folder (a plain query-status and one per task). */
    static final int ONE_RUN = 16;

    /** Before DM's first release (2019): a modification time this old was not set by a capture. */
    static final Instant FIRST_PLAUSIBLE = Instant.parse("2018-01-01T00:00:00Z");

    private CaptureDecisions() {}

    /** Every input's capture, in input order, and the warnings about weak times. */
    record Decisions(List<Capture> captures, List<String> warnings) {}

    static Decisions of(List<InputSource> inputs, DumpReader reader, CaptureTimes.Policy policy) {
        List<Capture> captures = new ArrayList<>(inputs.size());
        Map<String, String> notes = new TreeMap<>();
        boolean zoneless = false;
        for (InputSource input : inputs) {
            CaptureTimes.Decided decided = reader.decide(input);
            Capture capture = decided.capture();
            zoneless |= decided.zoneless();
            // Under --time-from mtime the user chose the modification time: paths are not read for times.
            if (capture.timeSource() != TimeSource.PATH
                    && !input.isStdin()
                    && policy.preference() != CaptureTimes.Preference.MTIME) {
                for (String part : CaptureTimes.impossibleTimesIn(input.path().toString(), policy.pathZone())) {
                    notes.computeIfAbsent(
                            part,
                            p -> input.name() + ": " + p + " looks like a capture time but is none: "
                                    + (capture.timeSource() == TimeSource.MTIME
                                            ? "the file's modification time is taken instead"
                                            : "the input has no capture time"));
                }
            }
            captures.add(capture);
        }
        List<String> warnings = new ArrayList<>(notes.values());
        if (zoneless && policy.pathZone().equals(ZoneOffset.UTC)) {
            warnings.add("capture times in paths without an offset (2026-11-26_19-30-00) are read as UTC; "
                    + "if they are local times, give their zone with --path-zone (Asia/Shanghai, +08:00)");
        }
        warnings.addAll(loseSharedMtimes(captures));
        return new Decisions(captures, warnings);
    }

    /** Replaces lost modification times by none, in place, and says which. */
    private static List<String> loseSharedMtimes(List<Capture> captures) {
        Map<String, List<Integer>> byTime = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        List<String> tooOld = new ArrayList<>();
        for (int k = 0; k < captures.size(); k++) {
            Capture c = captures.get(k);
            if (c.timeSource() != TimeSource.MTIME) {
                continue;
            }
            if (c.capturedAt().isBefore(FIRST_PLAUSIBLE)) {
                tooOld.add(c.input());
                captures.set(k, lost(c));
                continue;
            }
            byTime.computeIfAbsent(c.cluster() + "\0" + c.capturedAt(), t -> new ArrayList<>())
                    .add(k);
        }
        Map<Instant, int[]> lostAt = new TreeMap<>();
        for (List<Integer> shared : byTime.values()) {
            if (shared.size() < 2) {
                continue;
            }
            Set<String> folders = new TreeSet<>();
            shared.forEach(k -> folders.add(folderOf(captures.get(k).input())));
            if (folders.size() < 2 && shared.size() <= ONE_RUN) {
                continue;
            }
            Instant at = captures.get(shared.get(0)).capturedAt();
            int[] counts = lostAt.computeIfAbsent(at, t -> new int[2]);
            counts[0] += shared.size();
            counts[1] += folders.size();
            shared.forEach(k -> captures.set(k, lost(captures.get(k))));
        }
        lostAt.forEach((at, counts) -> warnings.add(counts[0] + " files in " + counts[1]
                + " folder(s) share the modification time " + at
                + ": their capture times were lost (a checkout, or a copy without -p), so each is read as a "
                + "capture of unknown time, never merged with another; name capture folders by their time"));
        if (!tooOld.isEmpty()) {
            warnings.add(tooOld.size() + " file(s) have modification times older than any DM (before "
                    + FIRST_PLAUSIBLE + "), " + tooOld.get(0) + (tooOld.size() > 1 ? " the first" : "")
                    + ": each is read as a capture of unknown time");
        }
        return warnings;
    }

    private static Capture lost(Capture c) {
        return new Capture(c.input(), c.cluster(), null, TimeSource.SHARED_MTIME);
    }

    private static String folderOf(String input) {
        int cut = input.lastIndexOf('/');
        return cut < 0 ? "" : input.substring(0, cut);
    }
}
