package org.dmreport.rules;

import java.util.Map;
import java.util.Optional;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.GtidSet;
import org.dmreport.model.Snapshot;

/**
 * A syncer checkpoint ahead of the upstream. DM prints it in normal operation (the two values are
 * read at different moments, and the upstream can change under DM), so it is a warning whose
 * explanation names each situation.
 */
public final class SyncerAheadRule implements Rule.OfSnapshot {

    private static final String WHY =
            " (a checkpoint flushed between the two reads of one call, or an upstream " + "RESET MASTER or failover)";

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.syncs(snapshot, (entry, s, sync) -> {
            if (SyncedButBehindRule.empty(sync.masterBinlog())) {
                return;
            }
            Optional<GtidSet> master = GtidSet.parse(sync.masterBinlogGtid());
            Optional<GtidSet> syncer = GtidSet.parse(sync.syncerBinlogGtid());
            if (master.isPresent()
                    && syncer.isPresent()
                    && !master.get().isEmpty()
                    && !syncer.get().isEmpty()) {
                Optional<Long> extra = syncer.get().countNotIn(master.get());
                if (extra.isPresent() && extra.get() > 0) {
                    reporter.report(
                            Walk.at(snapshot, entry, s, sync.where().of("syncerBinlogGtid")),
                            "the syncer's GTID set has " + extra.get() + " transaction(s) the upstream's lacks" + WHY,
                            Map.of(
                                    "masterBinlogGtid",
                                    sync.masterBinlogGtid(),
                                    "syncerBinlogGtid",
                                    sync.syncerBinlogGtid()));
                }
                return;
            }
            Optional<BinlogPosition> m = BinlogPosition.parse(sync.masterBinlog());
            Optional<BinlogPosition> y = BinlogPosition.parse(sync.syncerBinlog());
            if (m.isPresent()
                    && y.isPresent()
                    && m.get().baseName().equals(y.get().baseName())
                    && m.get().relaySuffix().isEmpty()
                    && y.get().relaySuffix().isEmpty()
                    && y.get().compareTo(m.get()) > 0) {
                reporter.report(
                        Walk.at(snapshot, entry, s, sync.where().of("syncerBinlog")),
                        "the syncer is at " + sync.syncerBinlog() + ", after the upstream's " + sync.masterBinlog()
                                + WHY,
                        Map.of("masterBinlog", sync.masterBinlog(), "syncerBinlog", sync.syncerBinlog()));
            }
        });
    }
}
