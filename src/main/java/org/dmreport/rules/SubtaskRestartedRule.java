package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Episode;

/** A subtask that disappeared (stopped) and came back (started again). */
public final class SubtaskRestartedRule implements Rule.OfSubtask {

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        SubtaskSeries.Step absence = null;
        boolean seen = false;
        for (SubtaskSeries.Step step : series.steps()) {
            if (!step.present()) {
                if (seen && absence == null) {
                    absence = step;
                }
                continue;
            }
            if (absence != null) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("absentSince", String.valueOf(absence.absentIn().capturedAt()));
                evidence.put("absentIn", absence.absentIn().input() + "#" + absence.absentDocument());
                evidence.put("stage", step.point().stage());
                reporter.report(
                        Lives.place(step.point(), ""),
                        "subtask " + series.task() + " on " + series.source()
                                + " reappeared at " + step.point().stage() + " ("
                                + step.point().unit() + ") after it was gone at "
                                + absence.absentIn().capturedAt(),
                        evidence,
                        Lives.episode(Episode.Kind.RESTARTED, List.of(step.point())));
                absence = null;
            }
            seen = true;
        }
    }
}
