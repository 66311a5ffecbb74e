package org.dmreport.rules;

import java.util.Map;
import java.util.regex.Pattern;
import org.dmreport.model.DmVersion;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SummaryResponse;
import org.dmreport.model.SummaryTask;

/** A summary task status that dmctl's rule cannot produce. */
public final class ImpossibleTaskStatusRule implements Rule.OfSnapshot {

    private static final Pattern STATUS =
            Pattern.compile("(New|Running|Paused|Stopped|Finished|Pausing|Resuming|Stopping|InvalidStage)"
                    + "|(Error - Some error occurred in subtask|Error - Relay status is (?:Error|Paused|Stopped))"
                    + "(\\. Please run `query-status (.*)` to get more details\\.)?");

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        if (!(snapshot.response() instanceof SummaryResponse summary)) {
            return;
        }
        boolean suffixRequired = snapshot.version().atLeast().compareTo(DmVersion.of(2, 0)) >= 0;
        for (SummaryTask task : summary.tasks()) {
            String status = task.taskStatus() == null ? "" : task.taskStatus();
            var m = STATUS.matcher(status);
            String problem = null;
            if (DmctlOlderThanClusterRule.STOPPING_AS_NUMBER.equals(status)) {
                continue;
            }
            if (!m.matches()) {
                problem = "dmctl cannot print the task status \"" + status + "\"";
            } else if (m.group(2) != null && m.group(3) == null && suffixRequired) {
                problem = "error status without the '. Please run `query-status " + task.taskName()
                        + "` to get more details.' suffix that dmctl adds since DM 1.0.3";
            } else if (m.group(4) != null && !m.group(4).equals(task.taskName())) {
                problem = "the error status names task '" + m.group(4) + "' but belongs to task '" + task.taskName()
                        + "'";
            }
            if (problem != null) {
                reporter.report(
                        Walk.at(snapshot, task, task.where().of("taskStatus")), problem, Map.of("taskStatus", status));
            }
        }
    }
}
