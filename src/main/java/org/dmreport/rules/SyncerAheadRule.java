package org.dmreport.rules;

import java.util.Map;
import java.util.Optional;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.GtidSet;
import org.dmreport.model.Snapshot;

/**
 * A syncer checkpoint ahead of the upstream. DM prints it in normal operation (the two values are
 * read at different moments, and the upstream can change under DM), so it is a warning whose
 * explanation names each situation.
 */
public final class SyncerAheadRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("syncer-ahead-of-master", Category.CONSISTENCY,
            Severity.WARNING, "The syncer is ahead of the upstream",
            "The syncer's flushed checkpoint normally trails the upstream's binlog, but DM can print it ahead: "
                    + "(1) a race between the two reads of one query-status call: SourceWorker.QueryStatus reads "
                    + "the upstream position (updateSourceStatus) before the syncer's checkpoint (Status), in DM "
                    + "1.0 and 2.0.0 as well, so a flush in between puts the syncer a few events ahead; (2) RESET "
                    + "MASTER upstream, or a failover to a server whose binlog numbering or GTID sets differ "
                    + "(pingcap/dm#1830), which puts the master behind in file and GTID terms. Many transactions "
                    + "or files ahead, and lasting across captures, point to (2). Positions are compared only "
                    + "within one binlog file series and never across a relay sub-directory suffix "
                    + "(mysql-bin|000001.000120 belongs to the relay's numbering), nor when both GTID sets are "
                    + "known; DM 1.0 prints no syncer GTID set, so only its positions are compared (dm-behaviour §8).",
            "\"sync\": {\"masterBinlog\": \"(bin.000001, 100)\", \"syncerBinlog\": \"(bin.000001, 900)\"}");

    private static final String WHY = " (a checkpoint flushed between the two reads of one call, or an upstream "
            + "RESET MASTER or failover)";

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.syncs(snapshot, (entry, s, sync) -> {
            if (SyncedButBehindRule.empty(sync.masterBinlog())) {
                return;
            }
            Optional<GtidSet> master = GtidSet.parse(sync.masterBinlogGtid());
            Optional<GtidSet> syncer = GtidSet.parse(sync.syncerBinlogGtid());
            if (master.isPresent() && syncer.isPresent() && !master.get().isEmpty() && !syncer.get().isEmpty()) {
                Optional<Long> extra = syncer.get().countNotIn(master.get());
                if (extra.isPresent() && extra.get() > 0) {
                    reporter.report(Walk.at(snapshot, entry, s, sync.where().of("syncerBinlogGtid")),
                            "the syncer's GTID set has " + extra.get() + " transaction(s) the upstream's lacks" + WHY,
                            Map.of("masterBinlogGtid", sync.masterBinlogGtid(), "syncerBinlogGtid", sync.syncerBinlogGtid()));
                }
                return;
            }
            Optional<BinlogPosition> m = BinlogPosition.parse(sync.masterBinlog());
            Optional<BinlogPosition> y = BinlogPosition.parse(sync.syncerBinlog());
            if (m.isPresent() && y.isPresent() && m.get().baseName().equals(y.get().baseName())
                    && m.get().relaySuffix().isEmpty() && y.get().relaySuffix().isEmpty()
                    && y.get().compareTo(m.get()) > 0) {
                reporter.report(Walk.at(snapshot, entry, s, sync.where().of("syncerBinlog")),
                        "the syncer is at " + sync.syncerBinlog() + ", after the upstream's " + sync.masterBinlog() + WHY,
                        Map.of("masterBinlog", sync.masterBinlog(), "syncerBinlog", sync.syncerBinlog()));
            }
        });
    }
}
