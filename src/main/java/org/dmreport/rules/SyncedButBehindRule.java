package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.GtidSet;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SyncStatus;

/**
 * {@code synced: true} while the printed values make it impossible in both of DM's modes: the
 * positions differ (position mode) and the GTID sets differ (GTID mode compares them as strings).
 * With both GTID sets empty the document cannot tell the modes apart, and an upstream in GTID mode
 * that never ran a transaction prints exactly that: {@link SyncedBehindWithoutGtidsRule} says so.
 */
public final class SyncedButBehindRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            SyncStatus sync = s.sync();
            if (sync == null
                    || !Boolean.TRUE.equals(sync.synced())
                    || empty(sync.masterBinlog())
                    || empty(sync.masterBinlogGtid()) && empty(sync.syncerBinlogGtid())) {
                return;
            }
            boolean sameGtid =
                    !empty(sync.masterBinlogGtid()) && sync.masterBinlogGtid().equals(sync.syncerBinlogGtid());
            Optional<BinlogPosition> master = BinlogPosition.parse(sync.masterBinlog());
            Optional<BinlogPosition> syncer = BinlogPosition.parse(sync.syncerBinlog());
            boolean samePosition =
                    master.isPresent() && syncer.isPresent() && master.get().samePlace(syncer.get());
            boolean gtidsEqualAsSets = !empty(sync.masterBinlogGtid())
                    && GtidSet.parse(sync.masterBinlogGtid())
                            .flatMap(m -> GtidSet.parse(sync.syncerBinlogGtid()).map(m::equals))
                            .orElse(false);
            if (!sameGtid && !samePosition && !gtidsEqualAsSets && master.isPresent() && syncer.isPresent()) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("masterBinlog", sync.masterBinlog());
                evidence.put("syncerBinlog", sync.syncerBinlog());
                evidence.put("masterBinlogGtid", String.valueOf(sync.masterBinlogGtid()));
                evidence.put("syncerBinlogGtid", String.valueOf(sync.syncerBinlogGtid()));
                reporter.report(
                        Walk.at(snapshot, entry, s, sync.where().of("synced")),
                        "synced is true but the syncer is at " + sync.syncerBinlog() + " and the upstream at "
                                + sync.masterBinlog(),
                        evidence);
            }
        });
    }

    static boolean empty(String text) {
        return text == null || text.isEmpty();
    }
}
