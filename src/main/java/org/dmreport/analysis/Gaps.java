package org.dmreport.analysis;

import java.util.Map;
import java.util.Optional;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.GtidSet;

/**
 * The replication gap of a Sync point: binlog files, bytes within one file, GTID transactions.
 * The relay sub-directory suffix is ignored; positions of different binlog series are not compared.
 */
public final class Gaps {

    private Gaps() {}

    /** Transactions in the master's GTID set and not in the syncer's, when both are known. */
    public static Optional<Long> transactions(SubtaskPoint p) {
        Optional<GtidSet> master = GtidSet.parse(p.masterGtid());
        Optional<GtidSet> syncer = GtidSet.parse(p.syncerGtid());
        if (master.isEmpty() || syncer.isEmpty() || master.get().isEmpty()) {
            return Optional.empty();
        }
        return master.get().countNotIn(syncer.get());
    }

    /** Binlog files between syncer and master (0: the same file), when both positions parse. */
    public static Optional<Long> files(SubtaskPoint p) {
        Optional<BinlogPosition> m = BinlogPosition.parse(p.masterBinlog());
        Optional<BinlogPosition> s = BinlogPosition.parse(p.syncerBinlog());
        if (m.isEmpty() || s.isEmpty() || !m.get().baseName().equals(s.get().baseName())) {
            return Optional.empty();
        }
        return Optional.of(m.get().index() - s.get().index());
    }

    /** Bytes behind when syncer and master are in the same binlog file. */
    public static Optional<Long> bytes(SubtaskPoint p) {
        Optional<BinlogPosition> m = BinlogPosition.parse(p.masterBinlog());
        Optional<BinlogPosition> s = BinlogPosition.parse(p.syncerBinlog());
        if (m.isEmpty() || s.isEmpty() || !m.get().baseName().equals(s.get().baseName())
                || m.get().index() != s.get().index()) {
            return Optional.empty();
        }
        return Optional.of(m.get().pos() - s.get().pos());
    }

    /** Puts the known gaps into {@code evidence}. */
    public static void describe(SubtaskPoint p, Map<String, String> evidence) {
        files(p).ifPresent(n -> evidence.put("binlogFilesBehind", Long.toString(n)));
        bytes(p).ifPresent(n -> evidence.put("bytesBehind", Long.toString(n)));
        transactions(p).ifPresent(n -> evidence.put("transactionsBehind", Long.toString(n)));
    }
}
