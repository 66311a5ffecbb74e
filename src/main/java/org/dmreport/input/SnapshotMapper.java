package org.dmreport.input;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dmreport.model.CheckStatus;
import org.dmreport.model.DmVersion;
import org.dmreport.model.DmVersionRange;
import org.dmreport.model.DumpStatus;
import org.dmreport.model.ErrorShape;
import org.dmreport.model.FailedQuery;
import org.dmreport.model.FullResponse;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.NoteKind;
import org.dmreport.model.ProcessError;
import org.dmreport.model.ProcessResult;
import org.dmreport.model.RelayStatus;
import org.dmreport.model.Response;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SummaryResponse;
import org.dmreport.model.SummaryTask;
import org.dmreport.model.SyncStatus;
import org.dmreport.model.ValidationStatus;
import org.dmreport.model.Where;

/**
 * Maps one parsed document to the model by hand: recognises its kind (summary, full response,
 * failed query), refuses look-alikes with a message naming what they look like, reads every field
 * of every DM version, and infers the version range the keys imply.
 */
final class SnapshotMapper {

    private static final String[] ERR_CLASS = {
        "",
        "database",
        "functional",
        "config",
        "binlog-op",
        "checkpoint",
        "task-check",
        "relay-event-lib",
        "relay-unit",
        "dump-unit",
        "load-unit",
        "sync-unit",
        "dm-master",
        "dm-worker",
        "dm-tracer",
        "schema-tracker",
        "scheduler"
    };
    private static final String[] ERR_SCOPE = {"not-set", "upstream", "downstream", "internal"};
    private static final String[] ERR_LEVEL = {"", "low", "medium", "high"};

    private final MappingContext context = new MappingContext();
    private final boolean lenient;

    private SnapshotMapper(boolean lenient) {
        this.lenient = lenient;
    }

    /** A mapped document and what was collected while mapping it. */
    record Mapped(Response response, DmVersionRange version, boolean fragment, MappingContext context) {}

    /** Maps {@code root}; throws {@link ReadFailure} when it is not query-status output. */
    static Mapped map(JNode root, boolean lenient) {
        SnapshotMapper mapper = new SnapshotMapper(lenient);
        boolean[] fragment = new boolean[1];
        Response response = mapper.response(root, fragment);
        return new Mapped(response, mapper.version(response), fragment[0], mapper.context);
    }

    private Response response(JNode root, boolean[] fragment) {
        if (!(root instanceof JNode.JObject object)) {
            throw new ReadFailure(
                    root.line(),
                    root.column(),
                    "not query-status output: the document is " + root.typeName() + ", not an object");
        }
        Fields top = new Fields(object, "", context);
        if (top.has("total") && top.has("data")) {
            throw notQueryStatus(object, "looks like DM OpenAPI task status ({total, data})");
        }
        if (top.has("locks")) {
            throw notQueryStatus(object, "looks like show-ddl-locks / shard-ddl-lock output ({result, msg, locks})");
        }
        if (top.has("tasks")) {
            if (!summaryShaped(object)) {
                throw notQueryStatus(
                        object,
                        "an object with keys " + keyList(object)
                                + ", not a summary (result or msg, and tasks entries with a taskName)");
            }
            return summary(top);
        }
        if (top.has("sources") || top.has("workers")) {
            return full(top, object);
        }
        Boolean result = peekBoolean(object, "result");
        if (Boolean.FALSE.equals(result) && top.has("msg") && !top.has("subTaskStatus")) {
            top.bool("result");
            String msg = top.string("msg");
            return new FailedQuery(msg, top.where());
        }
        if (top.has("subTaskStatus") || top.has("sourceStatus") || (top.has("name") && top.has("stage"))) {
            String what = top.has("subTaskStatus") || top.has("sourceStatus")
                    ? "one source entry of a full response"
                    : "one subtask status";
            if (!lenient) {
                throw notQueryStatus(
                        object, "looks like " + what + ", not a whole document; --lenient reads such a fragment");
            }
            fragment[0] = true;
            return fragment(object, top);
        }
        throw notQueryStatus(object, "an object with keys " + keyList(object));
    }

    /**
     * Whether an object with {@code tasks} is shaped as a summary: {@code result} or {@code msg}
     * beside it, and {@code tasks} a list whose objects name their task (any other object with a
     * {@code tasks} key, such as a report, is not query-status output).
     */
    private static boolean summaryShaped(JNode.JObject object) {
        if (!hasKeyLike(object, "result") && !hasKeyLike(object, "msg")
                || !(object.get("tasks") instanceof JNode.JArray tasks)) {
            return false;
        }
        return tasks.items().stream().allMatch(t -> !(t instanceof JNode.JObject task) || hasKeyLike(task, "taskname"));
    }

    /** Whether {@code object} has {@code key} in any of the spellings the key-case rule accepts (taskName, TaskName, task_name). */
    private static boolean hasKeyLike(JNode.JObject object, String key) {
        return object.keys().stream().anyMatch(k -> k.replace("_", "").equalsIgnoreCase(key));
    }

    private static ReadFailure notQueryStatus(JNode.JObject object, String what) {
        return new ReadFailure(object.line(), object.column(), "not query-status output: " + what);
    }

    private static String keyList(JNode.JObject object) {
        List<String> keys = object.keys();
        String shown = keys.stream().limit(6).collect(Collectors.joining(", "));
        return keys.isEmpty() ? "(none)" : "{" + shown + (keys.size() > 6 ? ", …" : "") + "}";
    }

    private static Boolean peekBoolean(JNode.JObject object, String key) {
        JNode value = object.get(key);
        if (value instanceof JNode.JScalar s) {
            return switch (s.type()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }

    private SummaryResponse summary(Fields top) {
        Boolean result = top.bool("result");
        String msg = top.string("msg");
        List<SummaryTask> tasks = each(top, "tasks", this::summaryTask);
        context.since(context.workersLayout ? DmVersion.of(1, 0, 2) : DmVersion.of(2, 0));
        return new SummaryResponse(!Boolean.FALSE.equals(result), msg, tasks, top.where());
    }

    private SummaryTask summaryTask(Fields task) {
        String name = task.string("taskName");
        String status = task.string("taskStatus");
        List<String> sources;
        boolean namesWorkers = task.has("workers") && !task.has("sources");
        if (namesWorkers) {
            context.workersLayout = true;
            sources = task.strings("workers");
        } else {
            sources = task.strings("sources");
        }
        if (status != null && status.endsWith("to get more details.")) {
            context.since(DmVersion.of(1, 0, 3));
        }
        return new SummaryTask(name, status, sources, namesWorkers, task.where());
    }

    /**
     * Maps every object in the array under {@code key}; items that are not objects are noted and
     * left out.
     */
    private <T> List<T> each(Fields parent, String key, Function<Fields, T> mapper) {
        List<JNode> items = parent.array(key);
        List<T> result = new ArrayList<>(items.size());
        String array = parent.pointer(key);
        for (int k = 0; k < items.size(); k++) {
            JNode item = items.get(k);
            String pointer = context.strings.item(array, k);
            if (item instanceof JNode.JObject object) {
                result.add(mapper.apply(new Fields(object, pointer, context)));
            } else {
                context.note(
                        NoteKind.VALUE_TYPE,
                        item.line(),
                        item.column(),
                        pointer + " should be an object but is " + item.typeName());
            }
        }
        return result;
    }

    /** The object under {@code key} as fields, or null when absent or {@code null}. */
    private Fields child(Fields parent, String key) {
        JNode.JObject node = parent.object(key);
        return node == null ? null : new Fields(node, parent.pointer(key), context);
    }

    private Response full(Fields top, JNode.JObject object) {
        Boolean result = top.bool("result");
        String msg = top.string("msg");
        boolean workers = !top.has("sources");
        String key = workers ? "workers" : "sources";
        List<JNode> items = top.array(key);
        if (!workers && looksLikeOperationReply(items)) {
            throw notQueryStatus(
                    object,
                    "looks like a start-task/pause-task/resume-task/stop-task reply "
                            + "(sources without sourceStatus)");
        }
        if (Boolean.FALSE.equals(result) && items.isEmpty()) {
            return new FailedQuery(msg, top.where());
        }
        context.workersLayout = workers;
        List<SourceEntry> entries = each(top, key, workers ? this::workerEntry : this::sourceEntry);
        return new FullResponse(!Boolean.FALSE.equals(result), msg, entries, top.where());
    }

    private static boolean looksLikeOperationReply(List<JNode> items) {
        if (items.isEmpty()) {
            return false;
        }
        for (JNode item : items) {
            if (!(item instanceof JNode.JObject o)
                    || o.get("sourceStatus") != null
                    || o.get("subTaskStatus") != null
                    || (o.get("source") == null && o.get("worker") == null)) {
                return false;
            }
        }
        return true;
    }

    /** A bare source entry or subtask pasted on its own, read as a full response with one source. */
    private Response fragment(JNode.JObject object, Fields top) {
        SourceEntry entry;
        if (top.has("name") && top.has("stage") && !top.has("subTaskStatus")) {
            SubtaskStatus subtask = subtask(top);
            entry = new SourceEntry(true, "", "", "", null, null, List.of(subtask), Where.NONE);
        } else if (top.has("worker") && !top.has("sourceStatus")) {
            context.workersLayout = true;
            entry = workerEntry(top);
        } else {
            entry = sourceEntry(top);
        }
        return new FullResponse(true, "", List.of(entry), Where.NONE);
    }

    private SourceEntry sourceEntry(Fields entry) {
        Boolean result = entry.bool("result");
        String msg = entry.string("msg");
        Fields status = child(entry, "sourceStatus");
        String source = "";
        String worker = "";
        ProcessResult sourceResult = null;
        RelayStatus relay = null;
        if (status != null) {
            context.since(DmVersion.of(2, 0));
            source = orEmpty(status.string("source"));
            worker = orEmpty(status.string("worker"));
            sourceResult = result(status, "result");
            relay = relay(status, "relayStatus");
            status.where();
        }
        List<SubtaskStatus> subtasks = subtasks(entry);
        return new SourceEntry(
                !Boolean.FALSE.equals(result), msg, source, worker, sourceResult, relay, subtasks, entry.where());
    }

    private SourceEntry workerEntry(Fields entry) {
        Boolean result = entry.bool("result");
        String worker = orEmpty(entry.string("worker"));
        String msg = entry.string("msg");
        String sourceId = entry.string("sourceID");
        RelayStatus relay = relay(entry, "relayStatus");
        List<SubtaskStatus> subtasks = subtasks(entry);
        String source = sourceId == null || sourceId.isEmpty() ? worker : sourceId;
        return new SourceEntry(
                !Boolean.FALSE.equals(result), msg, source, worker, null, relay, subtasks, entry.where());
    }

    private List<SubtaskStatus> subtasks(Fields entry) {
        return each(entry, "subTaskStatus", this::subtask);
    }

    private SubtaskStatus subtask(Fields s) {
        String name = s.string("name");
        String stage = s.string("stage");
        String unit = s.string("unit");
        if ("Stopping".equals(stage)) {
            context.since(DmVersion.of(5, 3));
        } else if ("Pausing".equals(stage) || "Resuming".equals(stage)) {
            context.since(DmVersion.of(2, 0));
        }
        ProcessResult result = result(s, "result");
        String lockId = s.string("unresolvedDDLLockID");
        SyncStatus sync = sync(s);
        LoadStatus load = load(s);
        DumpStatus dump = dump(s);
        CheckStatus check = check(s);
        String missingMsg = s.has("msg") ? s.string("msg") : null;
        ValidationStatus validation = null;
        if (s.has("validation")) {
            context.since(DmVersion.of(6, 2));
            validation = validation(s);
        }
        return new SubtaskStatus(
                name, stage, unit, result, lockId, sync, load, dump, check, missingMsg, validation, s.where());
    }

    private ProcessResult result(Fields parent, String key) {
        Fields r = child(parent, key);
        if (r == null) {
            return null;
        }
        Boolean canceled = r.bool("isCanceled");
        List<ProcessError> errors = each(r, "errors", this::error);
        String detail = detail(r);
        return new ProcessResult(Boolean.TRUE.equals(canceled), errors, detail, r.where());
    }

    /** {@code detail} is raw bytes in the proto: null, a base64 string, or (hand-written) anything. */
    private static String detail(Fields r) {
        JNode value = r.node("detail");
        if (value instanceof JNode.JScalar s && s.type() != JNode.ScalarType.NULL) {
            return s.text();
        }
        return null;
    }

    private ProcessError error(Fields e) {
        if (e.has("ErrCode") && !e.has("Type")) {
            Long code = e.int64("ErrCode");
            String errClass = named(e, "ErrClass", ERR_CLASS);
            String scope = named(e, "ErrScope", ERR_SCOPE);
            String level = named(e, "ErrLevel", ERR_LEVEL);
            String message = e.string("Message");
            String rawCause = e.string("RawCause");
            String workaround = e.string("Workaround");
            context.since(DmVersion.of(2, 0));
            return new ProcessError(
                    ErrorShape.NAMED, code, errClass, scope, level, message, rawCause, workaround, e.where());
        }
        String type = e.string("Type");
        String msg = e.string("msg");
        JNode.JObject inner = e.object("error");
        if (inner == null) {
            return new ProcessError(ErrorShape.TYPE_MSG, null, type, "", "", msg, "", "", e.where());
        }
        context.since(DmVersion.of(1, 0, 2));
        Fields n = new Fields(inner, e.pointer("error"), context);
        Long code = n.int64("ErrCode");
        String errClass = named(n, "ErrClass", ERR_CLASS);
        String scope = named(n, "ErrScope", ERR_SCOPE);
        String level = named(n, "ErrLevel", ERR_LEVEL);
        String message = n.string("Message");
        String rawCause = n.string("RawCause");
        n.where();
        return new ProcessError(
                ErrorShape.NUMERIC,
                code,
                errClass,
                scope,
                level,
                message != null && !message.isEmpty() ? message : msg,
                rawCause,
                "",
                e.where());
    }

    /** Class, scope or level: a name since DM 2.0, a number in 1.0.2-1.0.7 (decoded). */
    private static String named(Fields e, String key, String[] names) {
        JNode value = e.node(key);
        if (value instanceof JNode.JScalar s && s.type() == JNode.ScalarType.INTEGER) {
            try {
                int index = Integer.parseInt(s.text());
                if (index >= 0 && index < names.length && !names[index].isEmpty()) {
                    return names[index];
                }
            } catch (NumberFormatException ignored) {
                // an out-of-range code is shown as printed
            }
            return s.text();
        }
        return value instanceof JNode.JScalar s && s.type() == JNode.ScalarType.STRING ? s.text() : null;
    }

    private SyncStatus sync(Fields s) {
        Fields f = child(s, "sync");
        if (f == null) {
            return null;
        }
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
        if (binlogType != null) {
            context.since(DmVersion.of(2, 0));
        }
        if (behind != null) {
            context.since(DmVersion.of(2, 0, 4));
        }
        if (f.has("blockDDLOwner")) {
            context.since(DmVersion.of(6, 0));
        }
        if (totalRows != null) {
            context.since(DmVersion.of(6, 4));
        }
        if (ioTotal != null || dumpIoTotal != null) {
            context.since(DmVersion.of(9, 0));
        }
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

    private List<ShardingGroup> groups(Fields sync) {
        return each(sync, "unresolvedGroups", g -> {
            String target = g.string("target");
            List<String> ddls = g.strings("DDLs");
            String first = g.has("firstLocation") ? g.string("firstLocation") : g.string("firstPos");
            if (g.has("firstLocation")) {
                context.since(DmVersion.of(2, 0));
            }
            List<String> synced = g.strings("synced");
            List<String> unsynced = g.strings("unsynced");
            return new ShardingGroup(target, ddls, first, synced, unsynced, g.where());
        });
    }

    private LoadStatus load(Fields s) {
        Fields f = child(s, "load");
        if (f == null) {
            return null;
        }
        Long finished = f.int64("finishedBytes");
        Long total = f.int64("totalBytes");
        String progress = f.string("progress");
        String metaBinlog = f.string("metaBinlog");
        String metaGtid = f.string("metaBinlogGTID");
        Long bps = f.int64("bps");
        if (f.has("metaBinlogGTID")) {
            context.since(DmVersion.of(2, 0, 1));
        }
        if (bps != null) {
            context.since(DmVersion.of(6, 4));
        }
        return new LoadStatus(finished, total, progress, metaBinlog, metaGtid, bps, f.where());
    }

    private DumpStatus dump(Fields s) {
        Fields f = child(s, "dump");
        if (f == null) {
            return null;
        }
        Long totalTables = f.int64("totalTables");
        Double completed = f.decimal("completedTables");
        Double finishedBytes = f.decimal("finishedBytes");
        Double finishedRows = f.decimal("finishedRows");
        Double estimate = f.decimal("estimateTotalRows");
        Long bps = f.int64("bps");
        String progress = f.string("progress");
        if (f.has("totalTables")) {
            context.since(DmVersion.of(5, 4));
        }
        if (f.has("bps") || f.has("progress")) {
            context.since(DmVersion.of(6, 4));
        }
        return new DumpStatus(totalTables, completed, finishedBytes, finishedRows, estimate, bps, progress, f.where());
    }

    private CheckStatus check(Fields s) {
        Fields f = child(s, "check");
        if (f == null) {
            return null;
        }
        Boolean passed = f.bool("passed");
        Long total = f.int64("total");
        Long successful = f.int64("successful");
        Long failed = f.int64("failed");
        Long warning = f.int64("warning");
        String detail = detail(f);
        return new CheckStatus(passed, total, successful, failed, warning, detail, f.where());
    }

    private RelayStatus relay(Fields parent, String key) {
        Fields f = child(parent, key);
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
        ProcessResult result = result(f, "result");
        return new RelayStatus(
                masterBinlog, masterGtid, subDir, relayBinlog, relayGtid, catchUp, stage, result, f.where());
    }

    private ValidationStatus validation(Fields s) {
        Fields f = child(s, "validation");
        if (f == null) {
            return null;
        }
        String task = f.string("task");
        String source = f.string("source");
        String mode = f.string("mode");
        String stage = f.string("stage");
        String binlog = f.string("validatorBinlog");
        String gtid = f.string("validatorBinlogGtid");
        ProcessResult result = result(f, "result");
        String processed = f.string("processedRowsStatus");
        String pending = f.string("pendingRowsStatus");
        String errors = f.string("errorRowsStatus");
        String cutoverPos = f.string("cutoverBinlogPos");
        String cutoverGtid = f.string("cutoverBinlogGtid");
        if (f.has("cutoverBinlogGtid") || f.has("cutoverBinlogPos")) {
            context.since(DmVersion.of(7, 5));
        }
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

    private DmVersionRange version(Response response) {
        if (context.pascalCase) {
            return DmVersionRange.pre1();
        }
        if (context.workersLayout) {
            DmVersion from = context.atLeast != null && context.atLeast.compareTo(DmVersion.of(2, 0)) < 0
                    ? context.atLeast
                    : DmVersion.of(1, 0);
            return DmVersionRange.v1(from);
        }
        if (context.atLeast != null) {
            return DmVersionRange.atLeast(context.atLeast);
        }
        return DmVersionRange.atLeast(
                response instanceof FullResponse f
                                && !f.sources().isEmpty()
                                && !f.where().equals(Where.NONE)
                        ? DmVersion.of(2, 0)
                        : DmVersion.of(1, 0));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
