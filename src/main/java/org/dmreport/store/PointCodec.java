package org.dmreport.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.Gaps;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.model.Capture;
import org.dmreport.model.DmVersionRange;
import org.dmreport.model.Origin;
import org.dmreport.model.ProcessError;
import org.dmreport.model.ShardingGroup;

/**
 * Writes a {@link SubtaskPoint} as a few dozen bytes and reads it back equal. Values that repeat
 * across captures (captures, names, stages, errors, sharding groups, versions) are kept once in a
 * table and written as their number there; positions, counters and gaps, which change from capture
 * to capture, are written out: strings in modified UTF-8 (every {@code char}, lone surrogates too),
 * numbers as variable-length integers. Writing is for one thread; reading, once writing is over,
 * for any.
 */
final class PointCodec {

    /** Bits of the presence mask: which nullable values follow. */
    private static final int MASTER_BINLOG = 1;

    private static final int MASTER_GTID = 1 << 1;
    private static final int SYNCER_BINLOG = 1 << 2;
    private static final int SYNCER_GTID = 1 << 3;
    private static final int SYNCED_KNOWN = 1 << 4;
    private static final int SYNCED = 1 << 5;
    private static final int BEHIND = 1 << 6;
    private static final int ROWS = 1 << 7;
    private static final int PROGRESS = 1 << 8;
    private static final int PROGRESS_TOTAL = 1 << 9;
    private static final int RATE = 1 << 10;
    private static final int RELAY_STAGE = 1 << 11;
    private static final int GAP_FILES = 1 << 12;
    private static final int GAP_BYTES = 1 << 13;
    private static final int GAP_TRANSACTIONS = 1 << 14;

    /** Captures by number: one instance per input, so they are told apart by identity. */
    private final List<Capture> captures = new ArrayList<>();

    private final Map<Capture, Integer> captureIds = new IdentityHashMap<>();
    private final Map<Object, Integer> valueIds = new HashMap<>();
    /** Other repeated values by number; only appended to. */
    private final List<Object> values = new ArrayList<>();

    /** The body of the point being written, before its length is known. */
    private final Bytes body = new Bytes(256);

    /**
     * Appends {@code p} to {@code out}: its length, whether it has errors (so that a reader after
     * errors alone can skip the others unread), then its values.
     */
    void write(SubtaskPoint p, Bytes out) {
        body.clear();
        writeBody(p, body);
        out.varint(body.size() + 1);
        out.varint(p.hasErrors() ? 1 : 0);
        out.append(body);
    }

    private void writeBody(SubtaskPoint p, Bytes out) {
        Integer capture = captureIds.get(p.capture());
        if (capture == null) {
            capture = captures.size();
            captures.add(p.capture());
            captureIds.put(p.capture(), capture);
        }
        out.varint(capture);
        out.varint(p.document());
        out.varint(id(p.origin().pointer()));
        out.varint(p.origin().line());
        out.varint(p.origin().column());
        out.varint(id(p.task()));
        out.varint(id(p.source()));
        out.varint(id(p.worker()));
        out.varint(id(p.stage()));
        out.varint(id(p.unit()));
        out.varint(id(p.errors()));
        Gaps gaps = p.gaps();
        int mask = (p.masterBinlog() != null ? MASTER_BINLOG : 0)
                | (p.masterGtid() != null ? MASTER_GTID : 0)
                | (p.syncerBinlog() != null ? SYNCER_BINLOG : 0)
                | (p.syncerGtid() != null ? SYNCER_GTID : 0)
                | (p.synced() != null ? SYNCED_KNOWN : 0)
                | (Boolean.TRUE.equals(p.synced()) ? SYNCED : 0)
                | (p.secondsBehindMaster() != null ? BEHIND : 0)
                | (p.rows() != null ? ROWS : 0)
                | (p.progress() != null ? PROGRESS : 0)
                | (p.progressTotal() != null ? PROGRESS_TOTAL : 0)
                | (p.reportedRate() != null ? RATE : 0)
                | (p.relayStage() != null ? RELAY_STAGE : 0)
                | (gaps.files() != null ? GAP_FILES : 0)
                | (gaps.bytes() != null ? GAP_BYTES : 0)
                | (gaps.transactions() != null ? GAP_TRANSACTIONS : 0);
        out.varint(mask);
        if (p.masterBinlog() != null) {
            out.string(p.masterBinlog());
        }
        if (p.masterGtid() != null) {
            out.string(p.masterGtid());
        }
        if (p.syncerBinlog() != null) {
            out.string(p.syncerBinlog());
        }
        if (p.syncerGtid() != null) {
            out.string(p.syncerGtid());
        }
        if (p.secondsBehindMaster() != null) {
            out.signed(p.secondsBehindMaster());
        }
        if (p.rows() != null) {
            out.signed(p.rows());
        }
        if (p.progress() != null) {
            out.fixed(Double.doubleToRawLongBits(p.progress()));
        }
        if (p.progressTotal() != null) {
            out.fixed(Double.doubleToRawLongBits(p.progressTotal()));
        }
        if (p.reportedRate() != null) {
            out.signed(p.reportedRate());
        }
        if (p.relayStage() != null) {
            out.varint(id(p.relayStage()));
        }
        if (gaps.files() != null) {
            out.signed(gaps.files());
        }
        if (gaps.bytes() != null) {
            out.signed(gaps.bytes());
        }
        if (gaps.transactions() != null) {
            out.signed(gaps.transactions());
        }
        out.varint(id(p.progressText()));
        out.varint(id(p.lockId()));
        out.varint(id(p.blockingDdls()));
        out.varint(id(p.unsyncedTables()));
        out.varint(id(p.groups()));
        out.varint(id(p.conflictMsg()));
        out.varint(id(p.blockDdlOwner()));
        out.varint(id(p.version()));
    }

    /**
     * Reads the point that {@link #write} wrote at the reader's place; with {@code withErrorsOnly},
     * skips it and gives null when it has no errors.
     */
    SubtaskPoint read(Bytes.Reader in, boolean withErrorsOnly) {
        int length = in.varint();
        if (withErrorsOnly && in.varint() == 0) {
            in.skip(length - 1);
            return null;
        }
        if (!withErrorsOnly) {
            in.varint();
        }
        return readBody(in);
    }

    @SuppressWarnings("unchecked")
    private SubtaskPoint readBody(Bytes.Reader in) {
        Capture capture = captures.get(in.varint());
        int document = in.varint();
        Origin origin = new Origin((String) value(in), in.varint(), in.varint());
        String task = (String) value(in);
        String source = (String) value(in);
        String worker = (String) value(in);
        String stage = (String) value(in);
        String unit = (String) value(in);
        List<ProcessError> errors = (List<ProcessError>) value(in);
        int mask = in.varint();
        String masterBinlog = (mask & MASTER_BINLOG) != 0 ? in.string() : null;
        String masterGtid = (mask & MASTER_GTID) != 0 ? in.string() : null;
        String syncerBinlog = (mask & SYNCER_BINLOG) != 0 ? in.string() : null;
        String syncerGtid = (mask & SYNCER_GTID) != 0 ? in.string() : null;
        Boolean synced = (mask & SYNCED_KNOWN) == 0 ? null : (mask & SYNCED) != 0;
        Long behind = (mask & BEHIND) != 0 ? in.signed() : null;
        Long rows = (mask & ROWS) != 0 ? in.signed() : null;
        Double progress = (mask & PROGRESS) != 0 ? Double.longBitsToDouble(in.fixed()) : null;
        Double total = (mask & PROGRESS_TOTAL) != 0 ? Double.longBitsToDouble(in.fixed()) : null;
        Long rate = (mask & RATE) != 0 ? in.signed() : null;
        String relayStage = (mask & RELAY_STAGE) != 0 ? (String) value(in) : null;
        Long files = (mask & GAP_FILES) != 0 ? in.signed() : null;
        Long bytes = (mask & GAP_BYTES) != 0 ? in.signed() : null;
        Long transactions = (mask & GAP_TRANSACTIONS) != 0 ? in.signed() : null;
        Gaps gaps = files == null && bytes == null && transactions == null
                ? Gaps.NONE
                : new Gaps(files, bytes, transactions);
        String progressText = (String) value(in);
        String lockId = (String) value(in);
        List<String> blockingDdls = (List<String>) value(in);
        List<String> unsyncedTables = (List<String>) value(in);
        List<ShardingGroup> groups = (List<ShardingGroup>) value(in);
        String conflictMsg = (String) value(in);
        String blockDdlOwner = (String) value(in);
        DmVersionRange version = (DmVersionRange) value(in);
        return new SubtaskPoint(
                capture,
                document,
                origin,
                task,
                source,
                worker,
                stage,
                unit,
                errors,
                masterBinlog,
                masterGtid,
                syncerBinlog,
                syncerGtid,
                synced,
                behind,
                rows,
                progress,
                total,
                progressText,
                rate,
                lockId,
                blockingDdls,
                unsyncedTables,
                groups,
                conflictMsg,
                blockDdlOwner,
                relayStage,
                version,
                gaps);
    }

    /** The number of {@code value} in the table, added when new; equal values share one number. */
    private int id(Object value) {
        Integer id = valueIds.get(value);
        if (id == null) {
            id = values.size();
            values.add(value);
            valueIds.put(value, id);
        }
        return id;
    }

    private Object value(Bytes.Reader in) {
        return values.get(in.varint());
    }
}
