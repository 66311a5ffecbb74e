package org.dmreport.rules;

import org.dmreport.model.Unit;

/**
 * A subtask whose unit is {@code Relay}: no DM version builds a relay unit for a subtask
 * ({@code createUnits} / {@code createRealUnits} build Check, Dump, Load and Sync; the relay is the
 * worker's, shown on {@code sourceStatus}), so no version prints this (dm-behaviour §9).
 */
public final class RelayUnitSubtaskRule extends SubtaskUnitRule {

    public RelayUnitSubtaskRule() {
        super(Unit.Relay, "a subtask in unit Relay: DM builds no relay unit for a subtask (the relay is the worker's)");
    }
}
