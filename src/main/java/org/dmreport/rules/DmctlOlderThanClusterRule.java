package org.dmreport.rules;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SummaryResponse;
import org.dmreport.model.SummaryTask;

/**
 * A stage printed as the number 8, or a task status {@code "8"}: a 2.0.x dmctl against a cluster of
 * 5.3 or later has no name for stage 8 ({@code Stopping}, added in 5.3), so gogo jsonpb prints
 * {@code "stage": 8} and {@code wrapTaskResult} prints {@code "taskStatus": "8"} (dm-behaviour §9).
 * One warning per value names the version skew; the schema, stage and task-status rules leave these
 * values to it rather than calling them impossible.
 */
public final class DmctlOlderThanClusterRule implements Rule.OfSnapshot {

    /** How a dmctl that does not know stage {@code Stopping} prints it. */
    static final String STOPPING_AS_NUMBER = "8";

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            if (STOPPING_AS_NUMBER.equals(s.stage())) {
                reporter.report(
                        Walk.at(snapshot, entry, s, s.where().of("stage")),
                        "stage 8 printed as a number: a dmctl older than the cluster (2.0.x against 5.3 or later) "
                                + "has no name for Stopping",
                        Map.of("stage", s.stage()));
            }
        });
        if (snapshot.response() instanceof SummaryResponse summary) {
            for (SummaryTask task : summary.tasks()) {
                if (STOPPING_AS_NUMBER.equals(task.taskStatus())) {
                    reporter.report(
                            Walk.at(snapshot, task, task.where().of("taskStatus")),
                            "task status \"8\": a dmctl older than the cluster (2.0.x against 5.3 or later) names "
                                    + "no stage Stopping",
                            Map.of("taskStatus", task.taskStatus()));
                }
            }
        }
    }

    /** The JSON pointers of the values this rule reports in {@code snapshot}: other rules leave them be. */
    static Set<String> pointers(Snapshot snapshot) {
        Set<String> pointers = new HashSet<>();
        Walk.subtasks(snapshot, (entry, s) -> {
            if (STOPPING_AS_NUMBER.equals(s.stage())) {
                pointers.add(s.where().of("stage").pointer());
            }
        });
        if (snapshot.response() instanceof SummaryResponse summary) {
            for (SummaryTask task : summary.tasks()) {
                if (STOPPING_AS_NUMBER.equals(task.taskStatus())) {
                    pointers.add(task.where().of("taskStatus").pointer());
                }
            }
        }
        return pointers;
    }
}
