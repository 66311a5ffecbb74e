package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/** A subtask that disappeared (stopped) and came back (started again). */
public final class SubtaskRestartedRule implements Rule.OfSubtask {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("subtask-restarted", Category.TRANSITION,
            Severity.INFO, "A subtask disappeared and reappeared",
            "stop-task deletes a subtask, so it disappears from later dumps; a task started again under the same "
                    + "name reappears at New or at its saved unit (dm-behaviour §5). Its history restarts there: "
                    + "transitions across the gap are not checked.",
            "10:00 subtask t Running; 10:01 summary without t; 10:02 subtask t New");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

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
                reporter.report(Lives.place(step.point(), ""), "subtask " + series.task() + " on " + series.source()
                        + " reappeared at " + step.point().stage() + " (" + step.point().unit() + ") after it was gone at "
                        + absence.absentIn().capturedAt(), evidence);
                absence = null;
            }
            seen = true;
        }
    }
}
