package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.Snapshot;

/**
 * {@code synced: true} while the syncer's position differs from the upstream's and both GTID sets
 * are empty: in GTID mode {@code synced} is string equality of the two sets, and an upstream with
 * {@code gtid_mode=ON} that never ran a transaction has two empty sets, while a rotation does not
 * move the saved position (dm-behaviour §9). Position mode prints empty sets too, so the document
 * cannot tell which mode it is: DM can print this.
 */
public final class SyncedBehindWithoutGtidsRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.syncs(snapshot, (entry, s, sync) -> {
            if (!Boolean.TRUE.equals(sync.synced())
                    || !SyncedButBehindRule.empty(sync.masterBinlogGtid())
                    || !SyncedButBehindRule.empty(sync.syncerBinlogGtid())) {
                return;
            }
            Optional<BinlogPosition> master = BinlogPosition.parse(sync.masterBinlog());
            Optional<BinlogPosition> syncer = BinlogPosition.parse(sync.syncerBinlog());
            if (master.isPresent() && syncer.isPresent() && !master.get().samePlace(syncer.get())) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("masterBinlog", sync.masterBinlog());
                evidence.put("syncerBinlog", sync.syncerBinlog());
                reporter.report(
                        Walk.at(snapshot, entry, s, sync.where().of("synced")),
                        "synced is true with the syncer at " + sync.syncerBinlog() + " and the upstream at "
                                + sync.masterBinlog() + ", both GTID sets empty: in GTID mode DM compares the empty "
                                + "sets and prints true",
                        evidence);
            }
        });
    }
}
