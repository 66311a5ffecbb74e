package org.dmreport.rules;

import org.dmreport.model.Unit;

/**
 * A subtask shown in unit {@code Check}: the documentation page names it, but the precheck runs in
 * the master before a task starts and no worker builds it as a subtask unit (dm-behaviour §9), so a
 * capture with it is most likely copied from the page or edited. A warning, since the page shows it.
 */
public final class CheckUnitSubtaskRule extends SubtaskUnitRule {

    public CheckUnitSubtaskRule() {
        super(
                Unit.Check,
                "a subtask in unit Check: the documentation names it, but no DM worker runs the precheck as a "
                        + "subtask unit");
    }
}
