package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.Snapshot;

/**
 * A subtask whose unit is {@code Relay}: no DM version builds a relay unit for a subtask
 * ({@code createUnits} / {@code createRealUnits} build Check, Dump, Load and Sync; the relay is the
 * worker's, shown on {@code sourceStatus}), so no version prints this (dm-behaviour §9).
 */
public final class RelayUnitSubtaskRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            if ("Relay".equals(s.unit())) {
                reporter.report(
                        Walk.at(snapshot, entry, s, s.where().of("unit")),
                        "a subtask in unit Relay: DM builds no relay unit for a subtask (the relay is the worker's)",
                        Map.of("unit", s.unit()));
            }
        });
    }
}
