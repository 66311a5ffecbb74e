package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SummaryResponse;
import org.dmreport.model.SummaryTask;

/**
 * A task of a plain {@code query-status} summary with no sources (1.0: no workers): a task exists
 * only through its subtasks, so dmctl always names at least one (dm-behaviour §9).
 */
public final class TaskWithoutSourcesRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        if (!(snapshot.response() instanceof SummaryResponse summary)) {
            return;
        }
        for (SummaryTask task : summary.tasks()) {
            if (task.sources().isEmpty() && !listsValuesOfAnotherType(snapshot, task)) {
                String name = task.taskName() == null ? "" : task.taskName();
                reporter.report(
                        new Place(
                                snapshot.capture(),
                                snapshot.document(),
                                task.where().self(),
                                name,
                                ""),
                        "task " + name + " lists no " + (task.namesWorkers() ? "workers" : "sources")
                                + ": a task exists only through its subtasks, so dmctl names at least one",
                        Map.of("task", name));
            }
        }
    }

    /** Whether the task's list holds values that are not names (numbers, say): schema-violation says so, not this rule. */
    private static boolean listsValuesOfAnotherType(Snapshot snapshot, SummaryTask task) {
        String list =
                task.where().of(task.namesWorkers() ? "workers" : "sources").pointer() + "/";
        return snapshot.schemaViolations().stream()
                .anyMatch(v -> v.origin().pointer().startsWith(list));
    }
}
