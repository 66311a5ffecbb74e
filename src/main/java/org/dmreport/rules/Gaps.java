package org.dmreport.rules;

import java.util.Map;
import java.util.Optional;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.GtidSet;

/** The replication gap of a Sync point: binlog files and bytes, GTID transactions. */
final class Gaps {

    private Gaps() {}

    /** Transactions in the master's GTID set and not in the syncer's, when both are known. */
    static Optional<Long> transactions(SubtaskPoint p) {
        Optional<GtidSet> master = GtidSet.parse(p.masterGtid());
        Optional<GtidSet> syncer = GtidSet.parse(p.syncerGtid());
        if (master.isEmpty() || syncer.isEmpty() || master.get().isEmpty()) {
            return Optional.empty();
        }
        return master.get().countNotIn(syncer.get());
    }

    /** Binlog files between syncer and master (0: the same file), when both positions parse. */
    static Optional<Long> files(SubtaskPoint p) {
        Optional<BinlogPosition> m = BinlogPosition.parse(p.masterBinlog());
        Optional<BinlogPosition> s = BinlogPosition.parse(p.syncerBinlog());
        if (m.isEmpty() || s.isEmpty() || !m.get().baseName().equals(s.get().baseName())) {
            return Optional.empty();
        }
        return Optional.of(m.get().index() - s.get().index());
    }

    /** Bytes behind in the same binlog file, when syncer and master are in one. */
    static Optional<Long> bytes(SubtaskPoint p) {
        Optional<BinlogPosition> m = BinlogPosition.parse(p.masterBinlog());
        Optional<BinlogPosition> s = BinlogPosition.parse(p.syncerBinlog());
        if (m.isEmpty() || s.isEmpty() || m.get().index() != s.get().index()) {
            return Optional.empty();
        }
        return Optional.of(m.get().pos() - s.get().pos());
    }

    /** Puts the known gaps into {@code evidence}. */
    static void describe(SubtaskPoint p, Map<String, String> evidence) {
        files(p).ifPresent(n -> evidence.put("binlogFilesBehind", Long.toString(n)));
        bytes(p).ifPresent(n -> evidence.put("bytesBehind", Long.toString(n)));
        transactions(p).ifPresent(n -> evidence.put("transactionsBehind", Long.toString(n)));
    }
}
