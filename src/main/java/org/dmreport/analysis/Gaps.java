package org.dmreport.analysis;

import java.util.Map;
import java.util.Optional;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.GtidSet;

/**
 * The replication gap of a Sync point: binlog files, bytes within one file, GTID transactions,
 * each null when it cannot be told. The relay sub-directory suffix is ignored; positions of
 * different binlog series are not compared. Worked out once per point, on the reading threads, as
 * several rules and every report ask for it.
 *
 * @param files        binlog files between syncer and master (0: the same file)
 * @param bytes        bytes behind when syncer and master are in the same binlog file
 * @param transactions transactions in the master's GTID set and not in the syncer's
 */
public record Gaps(Long files, Long bytes, Long transactions) {

    /** No position known. */
    public static final Gaps NONE = new Gaps(null, null, null);

    /** The gaps between the master's and the syncer's positions and GTID sets, as DM printed them. */
    public static Gaps of(String masterBinlog, String masterGtid, String syncerBinlog, String syncerGtid) {
        if (masterBinlog == null && masterGtid == null) {
            return NONE;
        }
        Long files = null;
        Long bytes = null;
        Optional<BinlogPosition> m = BinlogPosition.parse(masterBinlog);
        Optional<BinlogPosition> s = m.isEmpty() ? Optional.empty() : BinlogPosition.parse(syncerBinlog);
        if (m.isPresent() && s.isPresent() && m.get().baseName().equals(s.get().baseName())) {
            files = m.get().index() - s.get().index();
            bytes = files == 0 ? m.get().pos() - s.get().pos() : null;
        }
        Long transactions = null;
        Optional<GtidSet> master = GtidSet.parse(masterGtid);
        if (master.isPresent() && !master.get().isEmpty()) {
            Optional<GtidSet> syncer = GtidSet.parse(syncerGtid);
            if (syncer.isPresent()) {
                transactions = master.get().countNotIn(syncer.get()).orElse(null);
            }
        }
        return files == null && bytes == null && transactions == null ? NONE : new Gaps(files, bytes, transactions);
    }

    /** Transactions in the master's GTID set and not in the syncer's, when both are known. */
    public static Optional<Long> transactions(SubtaskPoint p) {
        return Optional.ofNullable(p.gaps().transactions());
    }

    /** Binlog files between syncer and master (0: the same file), when both positions parse. */
    public static Optional<Long> files(SubtaskPoint p) {
        return Optional.ofNullable(p.gaps().files());
    }

    /** Bytes behind when syncer and master are in the same binlog file. */
    public static Optional<Long> bytes(SubtaskPoint p) {
        return Optional.ofNullable(p.gaps().bytes());
    }

    /** Puts the known gaps into {@code evidence}. */
    public static void describe(SubtaskPoint p, Map<String, String> evidence) {
        files(p).ifPresent(n -> evidence.put("binlogFilesBehind", Long.toString(n)));
        bytes(p).ifPresent(n -> evidence.put("bytesBehind", Long.toString(n)));
        transactions(p).ifPresent(n -> evidence.put("transactionsBehind", Long.toString(n)));
    }
}
