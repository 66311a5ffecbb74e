package org.dmreport.rules;

import java.util.Map;
import java.util.Optional;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.GtidSet;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SyncStatus;

/** A syncer that has replicated what the upstream has not written. */
public final class SyncerAheadRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("syncer-ahead-of-master", Category.CONSISTENCY,
            Severity.ERROR, "The syncer is ahead of the upstream",
            "The syncer's checkpoint trails the upstream's binlog. A syncer GTID set with transactions the "
                    + "master's set lacks, or (without GTIDs) a later position in the same binlog file series, "
                    + "cannot be printed by one worker at one time. Positions are not compared when both GTID "
                    + "sets are known, since file names change across a master switch (dm-behaviour §6).",
            "\"sync\": {\"masterBinlog\": \"(bin.000001, 100)\", \"syncerBinlog\": \"(bin.000001, 900)\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            SyncStatus sync = s.sync();
            if (sync == null || SyncedButBehindRule.empty(sync.masterBinlog())) {
                return;
            }
            Optional<GtidSet> master = GtidSet.parse(sync.masterBinlogGtid());
            Optional<GtidSet> syncer = GtidSet.parse(sync.syncerBinlogGtid());
            if (master.isPresent() && syncer.isPresent() && !master.get().isEmpty() && !syncer.get().isEmpty()) {
                Optional<Long> extra = syncer.get().countNotIn(master.get());
                if (extra.isPresent() && extra.get() > 0) {
                    reporter.report(Walk.at(snapshot, entry, s, sync.where().of("syncerBinlogGtid")),
                            "the syncer's GTID set has " + extra.get() + " transaction(s) the upstream's lacks",
                            Map.of("masterBinlogGtid", sync.masterBinlogGtid(), "syncerBinlogGtid", sync.syncerBinlogGtid()));
                }
                return;
            }
            Optional<BinlogPosition> m = BinlogPosition.parse(sync.masterBinlog());
            Optional<BinlogPosition> y = BinlogPosition.parse(sync.syncerBinlog());
            if (m.isPresent() && y.isPresent() && m.get().baseName().equals(y.get().baseName())
                    && y.get().compareTo(m.get()) > 0) {
                reporter.report(Walk.at(snapshot, entry, s, sync.where().of("syncerBinlog")),
                        "the syncer is at " + sync.syncerBinlog() + ", after the upstream's " + sync.masterBinlog(),
                        Map.of("masterBinlog", sync.masterBinlog(), "syncerBinlog", sync.syncerBinlog()));
            }
        });
    }
}
