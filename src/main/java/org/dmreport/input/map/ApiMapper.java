package org.dmreport.input.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dmreport.input.core.ReadFailure;
import org.dmreport.input.tree.JNode;
import org.dmreport.model.DumpStatus;
import org.dmreport.model.ErrorShape;
import org.dmreport.model.ErrorString;
import org.dmreport.model.FailedQuery;
import org.dmreport.model.FullResponse;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.Printer;
import org.dmreport.model.ProcessError;
import org.dmreport.model.ProcessResult;
import org.dmreport.model.RelayStatus;
import org.dmreport.model.Response;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SyncStatus;
import org.dmreport.model.VersionSign;
import org.dmreport.model.Where;

/**
 * Maps the DM OpenAPI's status documents (DM 5.3 and later, {@code dm/openapi/spec/dm.yaml}) onto
 * the model dmctl's output is mapped to: subtasks ({@code SubTaskStatus}) grouped by source into
 * source entries, a source's {@code SourceStatus} into a source entry with its relay, an
 * {@code ErrorWithMessage} into a failed query. What the API does not print (structured errors,
 * {@code totalRows}, {@code relayBinlog}, a source's {@code result}) is left absent, never guessed;
 * a task's configuration, which the task endpoints print beside its status, is read past.
 */
final class ApiMapper {

    /** The configuration a {@code Task} prints beside its {@code status_list}: read past. */
    private static final List<String> TASK_CONFIG = List.of(
            "task_mode",
            "shard_mode",
            "strict_optimistic_shard_mode",
            "meta_schema",
            "enhance_online_schema_change",
            "on_duplicate",
            "target_config",
            "binlog_filter_rule",
            "table_migrate_rule",
            "source_config",
            "ignore_checking_items");

    /** The configuration a {@code Source} prints beside its {@code status_list}: read past. */
    private static final List<String> SOURCE_CONFIG = List.of(
            "host",
            "port",
            "user",
            "password",
            "enable_gtid",
            "enable",
            "flavor",
            "task_name_list",
            "security",
            "purge",
            "relay_config");

    private final MappingContext context;

    ApiMapper(MappingContext context) {
        this.context = context;
    }

    /** Whether {@code top} is one of the API's documents: a list, an error, a task or a source. */
    static boolean isApi(Fields top) {
        return top.has("total") && top.has("data")
                || top.has("error_code") && top.has("error_msg")
                || top.has("status_list") && (top.has("name") || top.has("source_name"));
    }

    /** The response {@code top} says; throws {@link ReadFailure} for an API document that is no status. */
    Response map(Fields top, JNode.JObject object) {
        context.saw(VersionSign.OPENAPI);
        if (!top.has("data")) {
            if (top.has("error_code")) {
                Long code = top.int64("error_code");
                String text = top.string("error_msg");
                String msg = text == null ? "" : text;
                boolean quoted = ErrorString.find(msg).isPresent();
                return new FailedQuery((code == null || quoted ? "" : "error " + code + ": ") + msg, top.where());
            }
            return top.has("source_name") ? source(top, Printer.API_SOURCE) : task(top, Printer.API_TASK);
        }
        top.int64("total");
        List<JNode> items = top.array("data");
        Printer printer = listed(items, object);
        List<SourceEntry> entries = new ArrayList<>();
        switch (printer) {
            case API_TASK_STATUS -> entries.addAll(bySource(top.each("data", this::placed)));
            case API_TASK_LIST -> {
                List<Placed> all = new ArrayList<>();
                top.each("data", this::subtasksOf).forEach(all::addAll);
                entries.addAll(bySource(all));
            }
            case API_SOURCE_STATUS -> entries.addAll(top.each("data", this::sourceStatus));
            default -> top.each("data", source -> entries.addAll(sourceStatuses(source)));
        }
        return new FullResponse(true, "", entries, top.where(), printer);
    }

    /**
     * Which list {@code items} are, from the keys of its objects: subtasks have a {@code stage}, tasks
     * a {@code status_list} and no {@code host}, sources a {@code host}, source statuses a
     * {@code relay_status} or a {@code worker_name} and no {@code stage}. An empty list tells
     * nothing, and is read as a task's status with no subtask.
     */
    private static Printer listed(List<JNode> items, JNode.JObject object) {
        Set<String> keys = new LinkedHashSet<>();
        for (JNode item : items) {
            if (item instanceof JNode.JObject o) {
                keys.addAll(o.keys());
            }
        }
        if (items.isEmpty()) {
            return Printer.API_TASK_STATUS;
        }
        if (keys.isEmpty()) {
            throw notStatus(object, "a DM OpenAPI list ({total, data}) whose items are not objects");
        }
        if (keys.contains("stage") || keys.contains("unit")) {
            return Printer.API_TASK_STATUS;
        }
        if (keys.contains("host") || keys.contains("enable_gtid")) {
            if (!keys.contains("status_list")) {
                throw notStatus(
                        object, "a DM OpenAPI source list without status: ask GET /api/v1/sources?with_status=true");
            }
            return Printer.API_SOURCE_LIST;
        }
        if (keys.contains("relay_status") || keys.contains("worker_name")) {
            return Printer.API_SOURCE_STATUS;
        }
        if (keys.contains("status_list") || keys.contains("task_mode")) {
            if (!keys.contains("status_list")) {
                throw notStatus(
                        object, "a DM OpenAPI task list without status: ask GET /api/v1/tasks?with_status=true");
            }
            return Printer.API_TASK_LIST;
        }
        throw notStatus(
                object,
                "a DM OpenAPI list ({total, data}) of objects with keys " + listed(keys)
                        + ", none of the status endpoints'");
    }

    private static String listed(Set<String> keys) {
        List<String> distinct = List.copyOf(keys);
        return "{" + String.join(", ", distinct.subList(0, Math.min(6, distinct.size())))
                + (distinct.size() > 6 ? ", …" : "") + "}";
    }

    private static ReadFailure notStatus(JNode.JObject object, String what) {
        return new ReadFailure(object.line(), object.column(), "not query-status output: " + what);
    }

    /** Subtasks by source, each source once, in the order they first appear. */
    private static List<SourceEntry> bySource(List<Placed> subtasks) {
        Map<String, List<SubtaskStatus>> bySource = new LinkedHashMap<>();
        Map<String, String> workers = new LinkedHashMap<>();
        for (Placed s : subtasks) {
            String source = s.source() == null ? "" : s.source();
            bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(s.status());
            workers.putIfAbsent(source, s.worker() == null ? "" : s.worker());
        }
        List<SourceEntry> entries = new ArrayList<>();
        bySource.forEach((source, list) ->
                entries.add(new SourceEntry(true, "", source, workers.get(source), null, null, list, Where.NONE)));
        return entries;
    }

    /** One task with its status, as one source entry per source its subtasks run on. */
    private Response task(Fields task, Printer printer) {
        return new FullResponse(true, "", bySource(subtasksOf(task)), task.where(), printer);
    }

    private List<Placed> subtasksOf(Fields task) {
        task.string("name");
        TASK_CONFIG.forEach(task::node);
        return task.each("status_list", this::placed);
    }

    /** One source with its statuses, one source entry each (a source has one worker bound, or none). */
    private Response source(Fields source, Printer printer) {
        return new FullResponse(true, "", sourceStatuses(source), source.where(), printer);
    }

    private List<SourceEntry> sourceStatuses(Fields source) {
        source.string("source_name");
        SOURCE_CONFIG.forEach(source::node);
        return source.each("status_list", this::sourceStatus);
    }

    /**
     * A {@code SourceStatus}: a source entry with its relay and no subtask. Its {@code error_msg} is
     * what DM says when the source's worker did not answer: the entry's {@code result} is false.
     */
    private SourceEntry sourceStatus(Fields s) {
        String source = s.string("source_name");
        String worker = s.string("worker_name");
        RelayStatus relay = relay(s.child("relay_status"));
        String error = s.string("error_msg");
        boolean answered = error == null || error.isEmpty();
        return new SourceEntry(
                answered, answered ? "" : error, orEmpty(source), orEmpty(worker), null, relay, List.of(), s.where());
    }

    private static RelayStatus relay(Fields r) {
        if (r == null) {
            return null;
        }
        return new RelayStatus(
                r.string("master_binlog"),
                r.string("master_binlog_gtid"),
                r.string("relay_dir"),
                null,
                r.string("relay_binlog_gtid"),
                r.bool("relay_catch_up_master"),
                r.string("stage"),
                null,
                r.where());
    }

    /** A subtask with the source and worker it names, which dmctl prints on its source entry instead. */
    private record Placed(SubtaskStatus status, String source, String worker) {}

    private Placed placed(Fields s) {
        s.sawKeysOf("SubTaskStatus");
        String name = s.string("name");
        String source = s.string("source_name");
        String worker = s.string("worker_name");
        String stage = s.string("stage");
        String unit = s.string("unit");
        String lockId = s.string("unresolved_ddl_lock_id");
        LoadStatus load = load(s.child("load_status"));
        SyncStatus sync = sync(s.child("sync_status"));
        DumpStatus dump = dump(s.child("dump_status"));
        ProcessResult result = errors(s.string("error_msg"));
        SubtaskStatus status =
                new SubtaskStatus(name, stage, unit, result, lockId, sync, load, dump, null, null, null, s.where());
        return new Placed(status, source, worker);
    }

    /**
     * {@code error_msg}: DM joins each error's {@code Message} with a newline after each. Every line
     * is an error; its code is the one the message quotes, when it quotes one.
     */
    static ProcessResult errors(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<ProcessError> errors = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            ErrorString quoted = ErrorString.find(line).orElse(null);
            errors.add(
                    quoted == null
                            ? new ProcessError(ErrorShape.MESSAGE, null, "", "", "", line, "", "", Where.NONE)
                            : new ProcessError(
                                    ErrorShape.MESSAGE,
                                    quoted.code(),
                                    quoted.errClass(),
                                    quoted.scope(),
                                    quoted.level(),
                                    quoted.message().isEmpty() ? line : quoted.message(),
                                    quoted.rawCause(),
                                    quoted.workaround(),
                                    Where.NONE));
        }
        return new ProcessResult(false, errors, null, Where.NONE);
    }

    private static SyncStatus sync(Fields f) {
        if (f == null) {
            return null;
        }
        f.sawKeysOf("SyncStatus");
        return new SyncStatus(
                f.int64("total_events"),
                f.int64("total_tps"),
                f.int64("recent_tps"),
                null,
                null,
                null,
                f.string("master_binlog"),
                f.string("master_binlog_gtid"),
                f.string("syncer_binlog"),
                f.string("syncer_binlog_gtid"),
                f.strings("blocking_ddls"),
                f.each("unresolved_groups", ApiMapper::group),
                f.bool("synced"),
                f.string("binlog_type"),
                f.int64("seconds_behind_master"),
                null,
                null,
                f.int64("io_total_bytes"),
                f.int64("dump_io_total_bytes"),
                f.where());
    }

    private static ShardingGroup group(Fields g) {
        return new ShardingGroup(
                g.string("target"),
                g.strings("ddl_list"),
                g.string("first_location"),
                g.strings("synced"),
                g.strings("unsynced"),
                g.where());
    }

    private static LoadStatus load(Fields f) {
        if (f == null) {
            return null;
        }
        f.sawKeysOf("LoadStatus");
        return new LoadStatus(
                f.int64("finished_bytes"),
                f.int64("total_bytes"),
                f.string("progress"),
                f.string("meta_binlog"),
                f.string("meta_binlog_gtid"),
                f.int64("bps"),
                f.where());
    }

    private static DumpStatus dump(Fields f) {
        if (f == null) {
            return null;
        }
        f.sawKeysOf("DumpStatus");
        return new DumpStatus(
                f.int64("total_tables"),
                f.decimal("completed_tables"),
                f.decimal("finished_bytes"),
                f.decimal("finished_rows"),
                f.decimal("estimate_total_rows"),
                f.int64("bps"),
                f.string("progress"),
                f.where());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
