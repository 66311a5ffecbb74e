package org.dmreport.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dmreport.analysis.HumanDuration;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Episode;
import org.dmreport.model.Stage;
import org.dmreport.model.Unit;

/** Running without progress for longer than {@code --stall-after}. */
public final class StallRule implements Rule.OfSubtask {

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SubtaskPoint> life : Lives.of(series)) {
            for (List<SubtaskPoint> run : unchangedRuns(life)) {
                var stalled = Lives.duration(run);
                if (stalled.compareTo(settings.stallAfter()) <= 0) {
                    continue;
                }
                SubtaskPoint first = run.get(0);
                Map<String, String> evidence = new LinkedHashMap<>();
                Lives.span(evidence, run);
                evidence.put("unit", first.unit());
                if (Unit.Sync.is(first.unit())) {
                    evidence.put("syncerBinlog", String.valueOf(first.syncerBinlog()));
                    evidence.put(
                            "masterBinlog",
                            String.valueOf(run.get(run.size() - 1).masterBinlog()));
                } else {
                    evidence.put(
                            "finishedBytes",
                            String.valueOf(
                                    first.progress() == null
                                            ? null
                                            : first.progress().longValue()));
                }
                reporter.report(
                        Lives.place(first, "stage"),
                        first.unit() + " Running without progress for " + HumanDuration.of(stalled) + " (" + run.size()
                                + " captures)",
                        evidence,
                        Lives.episode(Episode.Kind.STALLED, run));
            }
        }
    }

    /** Runs of Running points of one unit whose progress did not change. */
    private static List<List<SubtaskPoint>> unchangedRuns(List<SubtaskPoint> life) {
        List<List<SubtaskPoint>> runs = new ArrayList<>();
        List<SubtaskPoint> current = new ArrayList<>();
        for (SubtaskPoint p : life) {
            boolean candidate = Stage.Running.is(p.stage()) && progressKnown(p);
            if (candidate && !current.isEmpty() && same(current.get(0), p)) {
                current.add(p);
                continue;
            }
            if (current.size() > 1) {
                runs.add(current);
            }
            current = new ArrayList<>();
            if (candidate) {
                current.add(p);
            }
        }
        if (current.size() > 1) {
            runs.add(current);
        }
        return runs;
    }

    private static boolean progressKnown(SubtaskPoint p) {
        if (Unit.Sync.is(p.unit())) {
            return p.syncerBinlog() != null && !p.syncerBinlog().isEmpty() && behind(p);
        }
        return (Unit.Load.is(p.unit()) || Unit.Dump.is(p.unit())) && p.progress() != null;
    }

    private static boolean behind(SubtaskPoint p) {
        return p.masterBinlog() != null && !p.masterBinlog().isEmpty() && !Boolean.TRUE.equals(p.synced());
    }

    private static boolean same(SubtaskPoint a, SubtaskPoint b) {
        return a.unit().equals(b.unit())
                && Objects.equals(a.syncerBinlog(), b.syncerBinlog())
                && Objects.equals(a.syncerGtid(), b.syncerGtid())
                && Objects.equals(a.rows(), b.rows())
                && Objects.equals(a.progress(), b.progress());
    }
}
