package org.dmreport.rules;

import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.model.Origin;

/** A task in the summary or in the full responses of a capture, but not in both. */
public final class SummaryTaskMissingRule implements Rule.OfCapture {

    @Override
    public void check(List<SnapshotStatus> capture, RuleSettings settings, Reporter reporter) {
        CaptureStatuses statuses = new CaptureStatuses(capture);
        if (statuses.summaries.isEmpty()) {
            return;
        }
        SnapshotStatus summary = statuses.summaries.get(0);
        // The list the task is missing from, at its first entry's line: the list itself keeps no place.
        Origin first =
                summary.tasks().isEmpty() ? Origin.NONE : summary.tasks().get(0).origin();
        Origin list = new Origin("/tasks", first.line(), first.column());
        statuses.recomputed.forEach((task, full) -> {
            if (!statuses.recorded.containsKey(task)) {
                reporter.report(
                        new Place(summary.capture(), summary.document(), list, task, ""),
                        "task " + task + " is in " + full.snapshot().capture().input() + "#"
                                + full.snapshot().document() + " but not in the summary of the same capture",
                        Map.of(
                                "fullResponse",
                                full.snapshot().capture().input() + "#"
                                        + full.snapshot().document()));
            }
        });
        if (statuses.completeMultiTask) {
            statuses.recorded.forEach((task, recorded) -> {
                if (!statuses.recomputed.containsKey(task)) {
                    reporter.report(
                            new Place(
                                    summary.capture(),
                                    summary.document(),
                                    recorded.task().origin(),
                                    task,
                                    ""),
                            "task " + task + " is in the summary but not in the full response of every task "
                                    + "captured at the same time");
                }
            });
        }
    }
}
