package org.dmreport.rules;

import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Snapshot;

/** secondsBehindMaster below zero: clocks that disagree, which DM prints as it computes. */
public final class NegativeLagRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("negative-lag", Category.CONSISTENCY,
            Severity.WARNING, "secondsBehindMaster is negative",
            "DM computes secondsBehindMaster as now - tsOffset - eventTS and never clamps it (calcReplicationLag; "
                    + "pingcap/dm#728). It goes below zero when the DM worker's clock is behind the upstream's "
                    + "(clock skew), or with chained replication, where event timestamps come from a server further "
                    + "up whose clock differs. The lag the task reports is then meaningless until the clocks agree; "
                    + "compare the position and GTID gaps instead.",
            "\"sync\": {\"secondsBehindMaster\": \"-3\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.syncs(snapshot, (entry, s, sync) -> {
            Long lag = sync.secondsBehindMaster();
            if (lag != null && lag < 0) {
                reporter.report(Walk.at(snapshot, entry, s, sync.where().of("secondsBehindMaster")),
                        "sync.secondsBehindMaster is negative (" + lag + "): the worker's clock is behind the "
                                + "upstream's, or events come through chained replication",
                        Map.of("secondsBehindMaster", Long.toString(lag)));
            }
        });
    }
}
