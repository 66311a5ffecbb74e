package org.dmreport.input.map;

import java.util.List;
import java.util.stream.Collectors;
import org.dmreport.input.core.ReadFailure;
import org.dmreport.input.tree.JNode;
import org.dmreport.model.CheckStatus;
import org.dmreport.model.DmVersion;
import org.dmreport.model.DmVersionRange;
import org.dmreport.model.DumpStatus;
import org.dmreport.model.FailedQuery;
import org.dmreport.model.FullResponse;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.Note;
import org.dmreport.model.ProcessResult;
import org.dmreport.model.RelayStatus;
import org.dmreport.model.Response;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SummaryResponse;
import org.dmreport.model.SummaryTask;
import org.dmreport.model.SyncStatus;
import org.dmreport.model.UnknownKey;
import org.dmreport.model.ValidationStatus;
import org.dmreport.model.VersionSign;
import org.dmreport.model.Where;

/**
 * Maps one parsed document to the model by hand: recognises its kind (summary, full response,
 * failed query), refuses look-alikes with a message naming what they look like, reads every field
 * of every DM version, and infers the version range the keys imply.
 */
public final class SnapshotMapper {

    private final MappingContext context = new MappingContext();
    private final boolean lenient;

    private SnapshotMapper(boolean lenient) {
        this.lenient = lenient;
    }

    /** A mapped document and what was collected while mapping it. */
    public record Mapped(
            Response response,
            DmVersionRange version,
            boolean fragment,
            List<Note> notes,
            List<UnknownKey> unknownKeys) {}

    /** Maps {@code root}; throws {@link ReadFailure} when it is not query-status output. */
    public static Mapped map(JNode root, boolean lenient) {
        SnapshotMapper mapper = new SnapshotMapper(lenient);
        boolean[] fragment = new boolean[1];
        Response response = mapper.response(root, fragment);
        return new Mapped(
                response, mapper.version(response), fragment[0], mapper.context.notes, mapper.context.unknownKeys);
    }

    private Response response(JNode root, boolean[] fragment) {
        if (!(root instanceof JNode.JObject object)) {
            throw new ReadFailure(
                    root.line(),
                    root.column(),
                    "not query-status output: the document is " + root.typeName() + ", not an object");
        }
        Fields top = new Fields(object, "", context);
        if (ApiMapper.isApi(top)) {
            return new ApiMapper(context).map(top, object);
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
        List<SummaryTask> tasks = top.each("tasks", this::summaryTask);
        context.saw(context.workersLayout ? VersionSign.SUMMARY_OF_WORKERS : VersionSign.SUMMARY);
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
            context.saw(VersionSign.ERROR_STATUS_SUFFIX);
        }
        return new SummaryTask(name, status, sources, namesWorkers, task.where());
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
        List<SourceEntry> entries = top.each(key, workers ? this::workerEntry : this::sourceEntry);
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
        Fields status = entry.child("sourceStatus");
        String source = "";
        String worker = "";
        ProcessResult sourceResult = null;
        RelayStatus relay = null;
        if (status != null) {
            context.saw(VersionSign.SOURCE_STATUS);
            source = orEmpty(status.string("source"));
            worker = orEmpty(status.string("worker"));
            sourceResult = ResultMapper.result(status, "result");
            relay = UnitMapper.relay(status, "relayStatus");
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
        RelayStatus relay = UnitMapper.relay(entry, "relayStatus");
        List<SubtaskStatus> subtasks = subtasks(entry);
        String source = sourceId == null || sourceId.isEmpty() ? worker : sourceId;
        return new SourceEntry(
                !Boolean.FALSE.equals(result), msg, source, worker, null, relay, subtasks, entry.where());
    }

    private List<SubtaskStatus> subtasks(Fields entry) {
        return entry.each("subTaskStatus", this::subtask);
    }

    private SubtaskStatus subtask(Fields s) {
        String name = s.string("name");
        String stage = s.string("stage");
        String unit = s.string("unit");
        if ("Stopping".equals(stage)) {
            context.saw(VersionSign.STAGE_STOPPING);
        } else if ("Pausing".equals(stage) || "Resuming".equals(stage)) {
            context.saw(VersionSign.STAGE_PAUSING_RESUMING);
        }
        ProcessResult result = ResultMapper.result(s, "result");
        String lockId = s.string("unresolvedDDLLockID");
        SyncStatus sync = UnitMapper.sync(s);
        LoadStatus load = UnitMapper.load(s);
        DumpStatus dump = UnitMapper.dump(s);
        CheckStatus check = UnitMapper.check(s);
        String missingMsg = s.has("msg") ? s.string("msg") : null;
        ValidationStatus validation = null;
        if (s.has("validation")) {
            context.saw(VersionSign.VALIDATION);
            validation = UnitMapper.validation(s);
        }
        return new SubtaskStatus(
                name, stage, unit, result, lockId, sync, load, dump, check, missingMsg, validation, s.where());
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
