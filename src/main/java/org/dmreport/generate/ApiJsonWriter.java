package org.dmreport.generate;

import java.util.List;
import org.dmreport.model.DumpStatus;
import org.dmreport.model.FullResponse;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.ProcessError;
import org.dmreport.model.RelayStatus;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SyncStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prints model records the way the DM OpenAPI of DM 6.4 and later answers: Go's
 * {@code encoding/json} on one line, snake_case keys, numbers as numbers, a subtask's errors as
 * their messages in {@code error_msg}, and a source whose worker did not answer left out of the
 * task endpoints (its {@code SourceStatus} carries the error instead).
 */
public final class ApiJsonWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ApiJsonWriter() {}

    /**
     * {@code GET /api/v1/tasks?with_status=true}: every task of {@code tasks}, its configuration as
     * a plain one, and the status of its subtasks on the sources that answered in {@code all}.
     */
    public static String taskList(List<String> tasks, FullResponse all) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("total", tasks.size());
        ArrayNode data = root.putArray("data");
        for (String name : tasks) {
            ObjectNode task = data.addObject();
            task.put("name", name);
            task.put("task_mode", "all");
            task.put("shard_mode", "pessimistic");
            task.put("meta_schema", "dm_meta");
            task.put("enhance_online_schema_change", true);
            task.put("on_duplicate", "replace");
            ObjectNode target = task.putObject("target_config");
            target.put("host", "127.0.0.1");
            target.put("port", 4000);
            target.put("user", "root");
            target.put("password", "******");
            task.putArray("table_migrate_rule");
            ArrayNode sources = task.putObject("source_config").putArray("source_conf");
            ArrayNode status = task.putArray("status_list");
            for (SourceEntry entry : all.sources()) {
                sources.addObject().put("source_name", entry.source());
                if (!entry.result()) {
                    continue;
                }
                for (SubtaskStatus s : entry.subtasks()) {
                    if (name.equals(s.name())) {
                        subtask(status.addObject(), entry, s);
                    }
                }
            }
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    /** {@code GET /api/v1/sources?with_status=true}: every source of {@code all} with its status. */
    public static String sourceList(FullResponse all) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("total", all.sources().size());
        ArrayNode data = root.putArray("data");
        for (int k = 0; k < all.sources().size(); k++) {
            SourceEntry entry = all.sources().get(k);
            ObjectNode source = data.addObject();
            source.put("source_name", entry.source());
            source.put("host", "127.0.0.1");
            source.put("port", 3306 + k);
            source.put("user", "root");
            source.put("password", "******");
            source.put("enable_gtid", true);
            source.put("enable", true);
            source.put("flavor", "mysql");
            ObjectNode status = source.putArray("status_list").addObject();
            status.put("source_name", entry.source());
            status.put("worker_name", entry.worker());
            if (!entry.result()) {
                status.put("error_msg", entry.msg());
            } else if (entry.relay() != null) {
                relay(status.putObject("relay_status"), entry.relay());
            }
        }
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static void subtask(ObjectNode node, SourceEntry entry, SubtaskStatus s) {
        node.put("name", s.name());
        node.put("source_name", entry.source());
        node.put("worker_name", entry.worker());
        node.put("stage", s.stage());
        node.put("unit", s.unit());
        node.put("unresolved_ddl_lock_id", s.unresolvedDdlLockId());
        if (s.load() != null) {
            load(node.putObject("load_status"), s.load());
        }
        if (s.sync() != null) {
            sync(node.putObject("sync_status"), s.sync());
        }
        if (s.dump() != null) {
            dump(node.putObject("dump_status"), s.dump());
        }
        if (s.hasErrors()) {
            StringBuilder messages = new StringBuilder();
            for (ProcessError e : s.result().errors()) {
                messages.append(e.message()).append('\n');
            }
            node.put("error_msg", messages.toString());
        }
    }

    private static void sync(ObjectNode node, SyncStatus s) {
        node.put("total_events", s.rows());
        node.put("total_tps", s.rowsPerSecond());
        node.put("recent_tps", s.recentRowsPerSecond());
        node.put("master_binlog", s.masterBinlog());
        node.put("master_binlog_gtid", s.masterBinlogGtid());
        node.put("syncer_binlog", s.syncerBinlog());
        node.put("syncer_binlog_gtid", s.syncerBinlogGtid());
        s.blockingDdls().forEach(node.putArray("blocking_ddls")::add);
        ArrayNode groups = node.putArray("unresolved_groups");
        for (ShardingGroup g : s.unresolvedGroups()) {
            ObjectNode group = groups.addObject();
            group.put("target", g.target());
            g.ddls().forEach(group.putArray("ddl_list")::add);
            group.put("first_location", g.firstLocation());
            g.synced().forEach(group.putArray("synced")::add);
            g.unsynced().forEach(group.putArray("unsynced")::add);
        }
        node.put("synced", Boolean.TRUE.equals(s.synced()));
        node.put("binlog_type", s.binlogType());
        node.put("seconds_behind_master", s.secondsBehindMaster());
    }

    private static void load(ObjectNode node, LoadStatus l) {
        node.put("finished_bytes", l.finishedBytes());
        node.put("total_bytes", l.totalBytes());
        node.put("progress", l.progress());
        node.put("meta_binlog", l.metaBinlog());
        node.put("meta_binlog_gtid", l.metaBinlogGtid());
        node.put("bps", l.bps());
    }

    private static void dump(ObjectNode node, DumpStatus d) {
        node.put("total_tables", d.totalTables());
        node.put("completed_tables", d.completedTables());
        node.put("finished_bytes", d.finishedBytes());
        node.put("finished_rows", d.finishedRows());
        node.put("estimate_total_rows", d.estimateTotalRows());
        node.put("bps", d.bps());
        node.put("progress", d.progress());
    }

    private static void relay(ObjectNode node, RelayStatus r) {
        node.put("master_binlog", r.masterBinlog());
        node.put("master_binlog_gtid", r.masterBinlogGtid());
        node.put("relay_dir", r.relaySubDir());
        node.put("relay_binlog_gtid", r.relayBinlogGtid());
        node.put("relay_catch_up_master", Boolean.TRUE.equals(r.relayCatchUpMaster()));
        node.put("stage", r.stage());
    }
}
