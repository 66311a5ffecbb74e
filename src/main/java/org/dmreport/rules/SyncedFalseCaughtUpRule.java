package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.Snapshot;

/**
 * {@code synced: false} while the syncer's position equals the upstream's and the two GTID sets are
 * equal and not empty: DM computes {@code synced} from exactly these printed values (equal positions
 * in position mode, equal sets in GTID mode), so no version prints false here (dm-behaviour §9).
 */
public final class SyncedFalseCaughtUpRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.syncs(snapshot, (entry, s, sync) -> {
            if (!Boolean.FALSE.equals(sync.synced())
                    || SyncedButBehindRule.empty(sync.masterBinlogGtid())
                    || !sync.masterBinlogGtid().equals(sync.syncerBinlogGtid())) {
                return;
            }
            Optional<BinlogPosition> master = BinlogPosition.parse(sync.masterBinlog());
            Optional<BinlogPosition> syncer = BinlogPosition.parse(sync.syncerBinlog());
            if (master.isPresent() && syncer.isPresent() && master.get().samePlace(syncer.get())) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("masterBinlog", sync.masterBinlog());
                evidence.put("syncerBinlog", sync.syncerBinlog());
                evidence.put("binlogGtid", sync.masterBinlogGtid());
                reporter.report(
                        Walk.at(snapshot, entry, s, sync.where().of("synced")),
                        "synced is false although the syncer and the upstream are both at " + sync.syncerBinlog()
                                + " with the same GTID set: DM computes synced from these values",
                        evidence);
            }
        });
    }
}
