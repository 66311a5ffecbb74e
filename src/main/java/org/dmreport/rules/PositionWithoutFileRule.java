package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.FullResponse;
import org.dmreport.model.RelayStatus;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SyncStatus;

/**
 * A binlog position with no file name, {@code (, 4)} or {@code (, 0)}: DM prints the first before
 * a Sync unit has loaded its checkpoint (waiting for its relay, or paused before its first flush)
 * and before the relay's first file, the second when {@code SHOW MASTER STATUS} failed (dm-behaviour
 * §9). It is DM's output, not a broken document; but no lag or gap can be computed against it, and
 * this says so instead of inventing one.
 */
public final class PositionWithoutFileRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            SyncStatus sync = s.sync();
            if (sync == null) {
                return;
            }
            if (BinlogPosition.withoutFile(sync.syncerBinlog())) {
                reporter.report(
                        Walk.at(snapshot, entry, s, sync.where().of("syncerBinlog")),
                        "sync.syncerBinlog is " + sync.syncerBinlog() + ", before any binlog file: the checkpoint is "
                                + "not loaded yet (a Sync unit waiting for its relay, or paused before its first "
                                + "checkpoint); no lag or gap can be computed",
                        Map.of("syncerBinlog", sync.syncerBinlog()));
            }
            if (BinlogPosition.withoutFile(sync.masterBinlog())) {
                reporter.report(
                        Walk.at(snapshot, entry, s, sync.where().of("masterBinlog")),
                        "sync.masterBinlog is " + sync.masterBinlog() + ": SHOW MASTER STATUS failed (the upstream "
                                + "could not be read); no lag or gap can be computed",
                        Map.of("masterBinlog", sync.masterBinlog()));
            }
        });
        if (snapshot.response() instanceof FullResponse full) {
            for (SourceEntry entry : full.sources()) {
                RelayStatus relay = entry.relay();
                if (relay != null && BinlogPosition.withoutFile(relay.relayBinlog())) {
                    reporter.report(
                            Walk.at(snapshot, entry, relay.where().of("relayBinlog")),
                            "relayStatus.relayBinlog is " + relay.relayBinlog() + ": the relay has written no file yet",
                            Map.of("relayBinlog", relay.relayBinlog()));
                }
            }
        }
    }
}
