package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.Snapshot;
import org.dmreport.model.Unit;

/** Base of the rules that report a subtask shown in one unit no worker builds for a subtask. */
abstract class SubtaskUnitRule implements Rule.OfSnapshot {

    private final Unit unit;
    private final String message;

    SubtaskUnitRule(Unit unit, String message) {
        this.unit = unit;
        this.message = message;
    }

    @Override
    public final void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            if (unit.is(s.unit())) {
                reporter.report(Walk.at(snapshot, entry, s, s.where().of("unit")), message, Map.of("unit", s.unit()));
            }
        });
    }
}
