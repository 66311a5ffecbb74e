package org.dmreport.input.map;

import java.util.List;
import org.dmreport.model.CheckStatus;
import org.dmreport.model.DumpStatus;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.ProcessResult;
import org.dmreport.model.RelayStatus;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.SyncStatus;
import org.dmreport.model.ValidationStatus;

/**
 * Maps the status of each unit of a subtask (sync with its sharding groups, load, dump, check,
 * validation) and of a relay, every field of every DM version, noting the version each key
 * implies.
 */
final class UnitMapper {

    private UnitMapper() {}

    static SyncStatus sync(Fields s) {
        Fields f = s.child("sync");
        if (f == null) {
            return null;
        }
        f.sawKeysOf("sync");
        Long totalEvents = f.int64("totalEvents");
        Long totalTps = f.int64("totalTps");
        Long recentTps = f.int64("recentTps");
        Long totalRows = f.int64("totalRows");
        Long totalRps = f.int64("totalRps");
        Long recentRps = f.int64("recentRps");
        String masterBinlog = f.string("masterBinlog");
        String masterGtid = f.string("masterBinlogGtid");
        String syncerBinlog = f.string("syncerBinlog");
        String syncerGtid = f.string("syncerBinlogGtid");
        List<String> blocking = f.strings("blockingDDLs");
        List<ShardingGroup> groups = groups(f);
        Boolean synced = f.bool("synced");
        String binlogType = f.string("binlogType");
        Long behind = f.int64("secondsBehindMaster");
        String owner = f.string("blockDDLOwner");
        String conflict = f.string("conflictMsg");
        Long ioTotal = f.int64("ioTotalBytes");
        Long dumpIoTotal = f.int64("dumpIOTotalBytes");
        return new SyncStatus(
                totalEvents,
                totalTps,
                recentTps,
                totalRows,
                totalRps,
                recentRps,
                masterBinlog,
                masterGtid,
                syncerBinlog,
                syncerGtid,
                blocking,
                groups,
                synced,
                binlogType,
                behind,
                owner,
                conflict,
                ioTotal,
                dumpIoTotal,
                f.where());
    }

    private static List<ShardingGroup> groups(Fields sync) {
        return sync.each("unresolvedGroups", g -> {
            g.sawKeysOf("unresolvedGroups[]");
            String target = g.string("target");
            List<String> ddls = g.strings("DDLs");
            String first = g.has("firstLocation") ? g.string("firstLocation") : g.string("firstPos");
            List<String> synced = g.strings("synced");
            List<String> unsynced = g.strings("unsynced");
            return new ShardingGroup(target, ddls, first, synced, unsynced, g.where());
        });
    }

    static LoadStatus load(Fields s) {
        Fields f = s.child("load");
        if (f == null) {
            return null;
        }
        f.sawKeysOf("load");
        Long finished = f.int64("finishedBytes");
        Long total = f.int64("totalBytes");
        String progress = f.string("progress");
        String metaBinlog = f.string("metaBinlog");
        String metaGtid = f.string("metaBinlogGTID");
        Long bps = f.int64("bps");
        return new LoadStatus(finished, total, progress, metaBinlog, metaGtid, bps, f.where());
    }

    static DumpStatus dump(Fields s) {
        Fields f = s.child("dump");
        if (f == null) {
            return null;
        }
        f.sawKeysOf("dump");
        Long totalTables = f.int64("totalTables");
        Double completed = f.decimal("completedTables");
        Double finishedBytes = f.decimal("finishedBytes");
        Double finishedRows = f.decimal("finishedRows");
        Double estimate = f.decimal("estimateTotalRows");
        Long bps = f.int64("bps");
        String progress = f.string("progress");
        return new DumpStatus(totalTables, completed, finishedBytes, finishedRows, estimate, bps, progress, f.where());
    }

    static CheckStatus check(Fields s) {
        Fields f = s.child("check");
        if (f == null) {
            return null;
        }
        Boolean passed = f.bool("passed");
        Long total = f.int64("total");
        Long successful = f.int64("successful");
        Long failed = f.int64("failed");
        Long warning = f.int64("warning");
        String detail = ResultMapper.detail(f);
        return new CheckStatus(passed, total, successful, failed, warning, detail, f.where());
    }

    static RelayStatus relay(Fields parent, String key) {
        Fields f = parent.child(key);
        if (f == null) {
            return null;
        }
        String masterBinlog = f.string("masterBinlog");
        String masterGtid = f.string("masterBinlogGtid");
        String subDir = f.string("relaySubDir");
        String relayBinlog = f.string("relayBinlog");
        String relayGtid = f.string("relayBinlogGtid");
        Boolean catchUp = f.bool("relayCatchUpMaster");
        String stage = f.string("stage");
        ProcessResult result = ResultMapper.result(f, "result");
        return new RelayStatus(
                masterBinlog, masterGtid, subDir, relayBinlog, relayGtid, catchUp, stage, result, f.where());
    }

    static ValidationStatus validation(Fields s) {
        Fields f = s.child("validation");
        if (f == null) {
            return null;
        }
        f.sawKeysOf("validation");
        String task = f.string("task");
        String source = f.string("source");
        String mode = f.string("mode");
        String stage = f.string("stage");
        String binlog = f.string("validatorBinlog");
        String gtid = f.string("validatorBinlogGtid");
        ProcessResult result = ResultMapper.result(f, "result");
        String processed = f.string("processedRowsStatus");
        String pending = f.string("pendingRowsStatus");
        String errors = f.string("errorRowsStatus");
        String cutoverPos = f.string("cutoverBinlogPos");
        String cutoverGtid = f.string("cutoverBinlogGtid");
        return new ValidationStatus(
                task,
                source,
                mode,
                stage,
                binlog,
                gtid,
                result,
                processed,
                pending,
                errors,
                cutoverPos,
                cutoverGtid,
                f.where());
    }
}
