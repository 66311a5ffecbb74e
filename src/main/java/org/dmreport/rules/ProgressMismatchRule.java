package org.dmreport.rules;

import java.util.Map;
import java.util.regex.Pattern;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.Progress;
import org.dmreport.model.Snapshot;

/** A progress string that disagrees with its counters or is in no DM format. */
public final class ProgressMismatchRule implements Rule.OfSnapshot {

    private static final Pattern DUMP_FORMAT = Pattern.compile("|(?: \\d|\\d\\d)\\.\\d\\d %|100 %");

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            LoadStatus load = s.load();
            if (load != null && load.progress() != null) {
                String expected = load.finishedBytes() == null || load.totalBytes() == null
                        ? null
                        : Progress.loadText(load.finishedBytes(), load.totalBytes());
                var parsed = Progress.parse(load.progress());
                if (parsed.isEmpty()) {
                    reporter.report(
                            Walk.at(snapshot, entry, s, load.where().of("progress")),
                            "load progress \"" + load.progress() + "\" is in no format DM prints",
                            Map.of("progress", load.progress()));
                } else if (expected != null && !agrees(parsed.get(), load, expected)) {
                    reporter.report(
                            Walk.at(snapshot, entry, s, load.where().of("progress")),
                            "load progress \"" + load.progress() + "\" but finishedBytes/totalBytes is \"" + expected
                                    + "\"",
                            Map.of(
                                    "progress",
                                    load.progress(),
                                    "expected",
                                    expected,
                                    "finishedBytes",
                                    load.finishedBytes().toString(),
                                    "totalBytes",
                                    load.totalBytes().toString()));
                }
            }
            if (s.dump() != null
                    && s.dump().progress() != null
                    && !DUMP_FORMAT.matcher(s.dump().progress()).matches()) {
                reporter.report(
                        Walk.at(snapshot, entry, s, s.dump().where().of("progress")),
                        "dump progress \"" + s.dump().progress() + "\" is not in DM's \"%5.2f %%\" / \"100 %\" format",
                        Map.of("progress", s.dump().progress()));
            }
        });
    }

    private static boolean agrees(Progress progress, LoadStatus load, String expected) {
        if (progress.percent() == null) {
            return load.totalBytes() == 0;
        }
        if (load.totalBytes() == 0) {
            return progress.percent() == 0.0 || progress.percent() == 100.0;
        }
        double exact = load.finishedBytes() * 100.0 / load.totalBytes();
        return Math.abs(progress.percent() - exact) <= 0.006 || progress.text().equals(expected);
    }
}
