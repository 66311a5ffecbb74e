package org.dmreport.rules;

import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Origin;

/** A task in the summary or in the full responses of a capture, but not in both. */
public final class SummaryTaskMissingRule implements Rule.OfCapture {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("summary-task-missing", Category.CONSISTENCY,
            Severity.WARNING, "A task missing from the summary or from the full responses of the same capture",
            "A summary lists every task the master knows. A task that full responses of the same capture show "
                    + "but the summary omits was silently dropped (DM 5.3 did so when a worker was offline, "
                    + "tiflow #3348). A summary task that a complete full response of several tasks lacks is the "
                    + "reverse.",
            "query-status.json: tasks [test-1]; query-status-test-2.json (same time): subtasks of test-2");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(List<SnapshotStatus> capture, RuleSettings settings, Reporter reporter) {
        CaptureStatuses statuses = new CaptureStatuses(capture);
        if (statuses.summaries.isEmpty()) {
            return;
        }
        SnapshotStatus summary = statuses.summaries.get(0);
        // The list the task is missing from, at its first entry's line: the list itself keeps no place.
        Origin first = summary.tasks().isEmpty() ? Origin.NONE : summary.tasks().get(0).origin();
        Origin list = new Origin("/tasks", first.line(), first.column());
        statuses.recomputed.forEach((task, full) -> {
            if (!statuses.recorded.containsKey(task)) {
                reporter.report(new Place(summary.capture(), summary.document(), list, task, ""),
                        "task " + task + " is in " + full.snapshot().capture().input() + "#" + full.snapshot().document()
                                + " but not in the summary of the same capture",
                        Map.of("fullResponse", full.snapshot().capture().input() + "#" + full.snapshot().document()));
            }
        });
        if (statuses.completeMultiTask) {
            statuses.recorded.forEach((task, recorded) -> {
                if (!statuses.recomputed.containsKey(task)) {
                    reporter.report(new Place(summary.capture(), summary.document(), recorded.task().origin(), task, ""),
                            "task " + task + " is in the summary but not in the full response of every task "
                                    + "captured at the same time");
                }
            });
        }
    }
}
