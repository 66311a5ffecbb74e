package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.Snapshot;

/**
 * A negative {@code totalTps} in a document of DM before 5.3 (none of the keys 5.3 added): 1.0.0 to
 * 2.0.7 compute it as {@code total / (now - start)} guarding only {@code seconds > 0}, with
 * {@code start} reset at every resume, so a worker clock stepped back past the last resume prints a
 * negative rate until the clock catches up (dm-behaviour §9). From 5.3 on it is guarded, and
 * {@code counter-out-of-range} reports it as an error.
 */
public final class NegativeRateRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        if (CounterRangeRule.rateGuarded(snapshot)) {
            return;
        }
        Walk.syncs(snapshot, (entry, s, sync) -> {
            if (sync.totalTps() != null && sync.totalTps().doubleValue() < 0) {
                String value = CounterRangeRule.text(sync.totalTps());
                reporter.report(
                        Walk.at(snapshot, entry, s, sync.where().of("totalTps")),
                        "sync.totalTps is negative (" + value + "): DM before 5.3 prints that when the worker's clock "
                                + "stepped back past the last resume",
                        Map.of("totalTps", value));
            }
        });
    }
}
