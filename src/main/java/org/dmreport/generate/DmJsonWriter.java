package org.dmreport.generate;

import java.util.List;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.model.DumpStatus;
import org.dmreport.model.FullResponse;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.ProcessError;
import org.dmreport.model.ProcessResult;
import org.dmreport.model.RelayStatus;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SyncStatus;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints model records the way DM 6.4 and later print them: Go's protobuf marshaller with defaults
 * emitted, 4-space indent, 64-bit integers as strings, dump doubles as numbers, deprecated counters
 * beside the new ones, unset objects as {@code null}.
 */
public final class DmJsonWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ObjectWriter WRITER = MAPPER.writer()
            .with(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("    ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("    ", "\n"))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator("")));

    private DmJsonWriter() {}

    /** A summary as dmctl builds it, tasks in the given order (dmctl's is Go map order). */
    public static String summary(List<TaskStatus> tasks) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("result", true);
        root.put("msg", "");
        ArrayNode list = root.putArray("tasks");
        for (TaskStatus task : tasks) {
            ObjectNode t = list.addObject();
            t.put("taskName", task.taskName());
            t.put("taskStatus", task.taskStatus());
            task.sources().forEach(t.putArray("sources")::add);
        }
        return WRITER.writeValueAsString(root) + "\n";
    }

    /**
     * How the text is written: as DM prints it, or as the documentation page's examples show it,
     * without the keys the version they imply always prints (a source entry's {@code msg}, the
     * syncer's {@code binlogType}): a document of the second kind raises the same findings in
     * every capture, the flood that folding and the benchmark are about.
     */
    public enum Style {
        DM,
        AS_DOCUMENTED,
        /**
         * Not dmctl's text at all: the DM OpenAPI's status documents, written by
         * {@link ApiJsonWriter} (a capture series only; {@link #full} refuses it).
         */
        API
    }

    /** A full response. */
    public static String full(FullResponse response) {
        return full(response, Style.DM);
    }

    /** A full response, in {@code style}. */
    public static String full(FullResponse response, Style style) {
        if (style == Style.API) {
            throw new IllegalArgumentException("the API's documents are written by ApiJsonWriter");
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("result", response.result());
        root.put("msg", response.msg());
        ArrayNode sources = root.putArray("sources");
        for (SourceEntry entry : response.sources()) {
            ObjectNode e = sources.addObject();
            e.put("result", entry.result());
            if (style == Style.DM) {
                e.put("msg", entry.msg());
            }
            ObjectNode status = e.putObject("sourceStatus");
            status.put("source", entry.source());
            status.put("worker", entry.worker());
            result(status, "result", entry.sourceResult());
            relay(status, entry.relay());
            ArrayNode subtasks = e.putArray("subTaskStatus");
            for (SubtaskStatus s : entry.subtasks()) {
                ObjectNode subtask = subtasks.addObject();
                subtask(subtask, s);
                if (style == Style.AS_DOCUMENTED && subtask.get("sync") instanceof ObjectNode sync) {
                    sync.remove("binlogType");
                }
            }
        }
        return WRITER.writeValueAsString(root) + "\n";
    }

    private static void subtask(ObjectNode node, SubtaskStatus s) {
        node.put("name", s.name());
        node.put("stage", s.stage());
        node.put("unit", s.unit());
        result(node, "result", s.result());
        node.put("unresolvedDDLLockID", s.unresolvedDdlLockId());
        if (s.sync() != null) {
            sync(node.putObject("sync"), s.sync());
        } else if (s.load() != null) {
            load(node.putObject("load"), s.load());
        } else if (s.dump() != null) {
            dump(node.putObject("dump"), s.dump());
        }
        node.putNull("validation");
    }

    private static void sync(ObjectNode node, SyncStatus s) {
        node.put("totalEvents", Long.toString(s.rows()));
        node.put("totalTps", Long.toString(s.rowsPerSecond()));
        node.put("recentTps", Long.toString(s.recentRowsPerSecond()));
        node.put("masterBinlog", s.masterBinlog());
        node.put("masterBinlogGtid", s.masterBinlogGtid());
        node.put("syncerBinlog", s.syncerBinlog());
        node.put("syncerBinlogGtid", s.syncerBinlogGtid());
        s.blockingDdls().forEach(node.putArray("blockingDDLs")::add);
        ArrayNode groups = node.putArray("unresolvedGroups");
        for (ShardingGroup g : s.unresolvedGroups()) {
            ObjectNode group = groups.addObject();
            group.put("target", g.target());
            g.ddls().forEach(group.putArray("DDLs")::add);
            group.put("firstLocation", g.firstLocation());
            g.synced().forEach(group.putArray("synced")::add);
            g.unsynced().forEach(group.putArray("unsynced")::add);
        }
        node.put("synced", Boolean.TRUE.equals(s.synced()));
        node.put("binlogType", s.binlogType());
        node.put("secondsBehindMaster", Long.toString(s.secondsBehindMaster()));
        node.put("blockDDLOwner", s.blockDdlOwner());
        node.put("conflictMsg", s.conflictMsg());
        node.put("totalRows", Long.toString(s.rows()));
        node.put("totalRps", Long.toString(s.rowsPerSecond()));
        node.put("recentRps", Long.toString(s.recentRowsPerSecond()));
    }

    private static void load(ObjectNode node, LoadStatus l) {
        node.put("finishedBytes", Long.toString(l.finishedBytes()));
        node.put("totalBytes", Long.toString(l.totalBytes()));
        node.put("progress", l.progress());
        node.put("metaBinlog", l.metaBinlog());
        node.put("metaBinlogGTID", l.metaBinlogGtid());
        node.put("bps", Long.toString(l.bps()));
    }

    private static void dump(ObjectNode node, DumpStatus d) {
        node.put("totalTables", Long.toString(d.totalTables()));
        node.put("completedTables", d.completedTables());
        node.put("finishedBytes", d.finishedBytes());
        node.put("finishedRows", d.finishedRows());
        node.put("estimateTotalRows", d.estimateTotalRows());
        node.put("bps", Long.toString(d.bps()));
        node.put("progress", d.progress());
    }

    private static void relay(ObjectNode parent, RelayStatus r) {
        if (r == null) {
            parent.putNull("relayStatus");
            return;
        }
        ObjectNode node = parent.putObject("relayStatus");
        node.put("masterBinlog", r.masterBinlog());
        node.put("masterBinlogGtid", r.masterBinlogGtid());
        node.put("relaySubDir", r.relaySubDir());
        node.put("relayBinlog", r.relayBinlog());
        node.put("relayBinlogGtid", r.relayBinlogGtid());
        node.put("relayCatchUpMaster", Boolean.TRUE.equals(r.relayCatchUpMaster()));
        node.put("stage", r.stage());
        result(node, "result", r.result());
    }

    private static void result(ObjectNode parent, String key, ProcessResult result) {
        if (result == null) {
            parent.putNull(key);
            return;
        }
        ObjectNode node = parent.putObject(key);
        node.put("isCanceled", result.canceled());
        ArrayNode errors = node.putArray("errors");
        for (ProcessError e : result.errors()) {
            ObjectNode error = errors.addObject();
            error.put("ErrCode", e.code());
            error.put("ErrClass", e.errClass());
            error.put("ErrScope", e.scope());
            error.put("ErrLevel", e.level());
            error.put("Message", e.message());
            error.put("RawCause", e.rawCause());
            error.put("Workaround", e.workaround());
        }
        node.putNull("detail");
    }
}
