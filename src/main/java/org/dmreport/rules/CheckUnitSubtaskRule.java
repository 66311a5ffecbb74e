package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.Snapshot;

/**
 * A subtask shown in unit {@code Check}: the documentation page names it, but the precheck runs in
 * the master before a task starts and no worker builds it as a subtask unit (dm-behaviour §9), so a
 * capture with it is most likely copied from the page or edited. A warning, since the page shows it.
 */
public final class CheckUnitSubtaskRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            if ("Check".equals(s.unit())) {
                reporter.report(
                        Walk.at(snapshot, entry, s, s.where().of("unit")),
                        "a subtask in unit Check: the documentation names it, but no DM worker runs the precheck as "
                                + "a subtask unit",
                        Map.of("unit", s.unit()));
            }
        });
    }
}
