package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.Snapshot;

/** secondsBehindMaster below zero: clocks that disagree, which DM prints as it computes. */
public final class NegativeLagRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.syncs(snapshot, (entry, s, sync) -> {
            Long lag = sync.secondsBehindMaster();
            if (lag != null && lag < 0) {
                reporter.report(
                        Walk.at(snapshot, entry, s, sync.where().of("secondsBehindMaster")),
                        "sync.secondsBehindMaster is negative (" + lag + "): the worker's clock is behind the "
                                + "upstream's, or events come through chained replication",
                        Map.of("secondsBehindMaster", Long.toString(lag)));
            }
        });
    }
}
