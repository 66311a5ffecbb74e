package org.dmreport.input.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dmreport.input.DumpReader;
import org.dmreport.input.ReadResult;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputSource;
import org.dmreport.model.Capture;
import org.dmreport.model.DocumentKind;
import org.dmreport.model.ErrorShape;
import org.dmreport.model.FailedQuery;
import org.dmreport.model.FullResponse;
import org.dmreport.model.NoteKind;
import org.dmreport.model.ProcessError;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.TimeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kinds, look-alikes, every error shape, key spellings, unknown keys and version inference. */
class SnapshotMapperTest {

    private static ReadResult read(ReadMode mode, String json) {
        return new DumpReader(mode, ReadLimits.DEFAULT, CaptureTimes.Preference.MTIME)
                .read(
                        new InputSource("t.json", null),
                        json.getBytes(StandardCharsets.UTF_8),
                        new Capture("t.json", null, TimeSource.NONE));
    }

    private static Snapshot one(String json) {
        ReadResult result = read(ReadMode.DEFAULT, json);
        assertEquals(List.of(), result.problems());
        return result.snapshots().get(0);
    }

    private static String refusal(String json) {
        ReadResult result = read(ReadMode.DEFAULT, json);
        assertTrue(result.snapshots().isEmpty());
        return result.problems().get(0).message();
    }

    private static String subtaskJson(String extra) {
        return "{\"result\": true, \"msg\": \"\", \"sources\": [{\"result\": true, \"msg\": \"\", \"sourceStatus\": "
                + "{\"source\": \"s1\", \"worker\": \"w1\", \"result\": null, \"relayStatus\": null}, \"subTaskStatus\": "
                + "[{\"name\": \"t\", \"stage\": \"Running\", \"unit\": \"Sync\", \"result\": null, "
                + "\"unresolvedDDLLockID\": \"\"" + extra + "}]}]}";
    }

    @Test
    void lookAlikesAreRefusedByName() {
        assertEquals(
                "not query-status output: a DM OpenAPI list ({total, data}) of objects with keys {name, addr, "
                        + "bound_stage, bound_source_name}, none of the status endpoints'",
                refusal("{\"total\": 1, \"data\": [{\"name\": \"w\", \"addr\": \"a\", \"bound_stage\": \"bound\", "
                        + "\"bound_source_name\": \"s\"}]}"));
        assertEquals(
                "not query-status output: looks like show-ddl-locks / shard-ddl-lock output ({result, msg, locks})",
                refusal("{\"result\": true, \"msg\": \"\", \"locks\": []}"));
        assertTrue(refusal("{\"result\": true, \"msg\": \"\", \"sources\": [{\"result\": true, \"msg\": \"\", "
                        + "\"source\": \"s1\", \"worker\": \"w1\"}]}")
                .contains("start-task/pause-task"));
        assertEquals(
                "not query-status output: an object with keys {name, version}",
                refusal("{\"name\": \"x\", \"version\": 2}"));
        assertEquals("not query-status output: the document is an array, not an object", refusal("[1, 2]"));
        assertTrue(refusal("{\"name\": \"t\", \"stage\": \"Running\", \"unit\": \"Sync\"}")
                .contains("--lenient reads such a fragment"));
    }

    @Test
    void failedQueries() {
        Snapshot failed = one("{\"result\": false, \"msg\": \"task x has no source or not exist\", \"sources\": []}");
        assertEquals(DocumentKind.FAILED, failed.kind());
        assertEquals("task x has no source or not exist", ((FailedQuery) failed.response()).msg());
        assertEquals(
                DocumentKind.FAILED,
                one("{\"result\": false, \"msg\": \"sources [x] haven't been added\"}")
                        .kind());
    }

    @Test
    void errorsInAllThreeShapes() {
        String v1 =
                "\"result\": {\"isCanceled\": false, \"errors\": [{\"Type\": \"ExecSQL\", \"msg\": \"boom\"}], \"detail\": null}";
        String v102 = "\"result\": {\"isCanceled\": false, \"errors\": [{\"Type\": \"UnknownError\", \"msg\": \"m\", "
                + "\"error\": {\"ErrCode\": 10006, \"ErrClass\": 1, \"ErrScope\": 2, \"ErrLevel\": 3, "
                + "\"Message\": \"exec\", \"RawCause\": \"dup\"}}], \"detail\": null}";
        String v2 = "\"result\": {\"isCanceled\": true, \"errors\": [{\"ErrCode\": 36008, \"ErrClass\": \"sync-unit\", "
                + "\"ErrScope\": \"internal\", \"ErrLevel\": \"high\", \"Message\": \"m\", \"RawCause\": \"r\", "
                + "\"Workaround\": \"w\"}], \"detail\": null}";
        ProcessError a = error(v1);
        assertEquals(ErrorShape.TYPE_MSG, a.shape());
        assertEquals("ExecSQL", a.errClass());
        assertEquals("boom", a.message());
        ProcessError b = error(v102);
        assertEquals(ErrorShape.NUMERIC, b.shape());
        assertEquals(List.of("database", "downstream", "high"), List.of(b.errClass(), b.scope(), b.level()));
        assertEquals(10006L, b.code());
        ProcessError c = error(v2);
        assertEquals(ErrorShape.NAMED, c.shape());
        assertEquals("w", c.workaround());
    }

    private static ProcessError error(String result) {
        String json = subtaskJson("")
                .replace("\"result\": null, \"unresolvedDDLLockID\"", result + ", \"unresolvedDDLLockID\"");
        SubtaskStatus subtask = ((FullResponse) one(json).response())
                .sources()
                .get(0)
                .subtasks()
                .get(0);
        return subtask.result().errors().get(0);
    }

    @Test
    void valuesKeepTheirPointerAndLine() {
        Snapshot s = one(subtaskJson(", \"sync\": {\"totalRows\": \"12\",\n \"synced\": true}"));
        SubtaskStatus subtask =
                ((FullResponse) s.response()).sources().get(0).subtasks().get(0);
        assertEquals(
                "/sources/0/subTaskStatus/0/sync/synced",
                subtask.sync().where().of("synced").pointer());
        assertEquals(2, subtask.sync().where().of("synced").line());
        assertEquals(12L, subtask.sync().rows());
    }

    @Test
    void keysAreMatchedWithoutRegardToCaseAsAFallbackAndUnknownKeysAreKept() {
        Snapshot s = one(subtaskJson(", \"sync\": {\"TotalRows\": 7, \"shiny\": 1}"));
        SubtaskStatus subtask =
                ((FullResponse) s.response()).sources().get(0).subtasks().get(0);
        assertEquals(7L, subtask.sync().rows());
        assertEquals(
                List.of(NoteKind.KEY_CASE),
                s.notes().stream().map(n -> n.kind()).toList());
        assertEquals(
                "/sources/0/subTaskStatus/0/sync/shiny",
                s.unknownKeys().get(0).origin().pointer());
    }

    @Test
    void valuesOfTheWrongTypeAreNotedNeverGuessed() {
        Snapshot s = one(subtaskJson(", \"sync\": {\"totalRows\": \"many\", \"synced\": \"yes\"}"));
        SubtaskStatus subtask =
                ((FullResponse) s.response()).sources().get(0).subtasks().get(0);
        assertEquals(null, subtask.sync().rows());
        assertEquals(null, subtask.sync().synced());
        assertEquals(
                2,
                s.notes().stream().filter(n -> n.kind() == NoteKind.VALUE_TYPE).count());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "|>= 2.0",
                ", \"sync\": {\"binlogType\": \"remote\"}|>= 2.0",
                ", \"load\": {\"metaBinlogGTID\": \"\"}|>= 2.0.1",
                ", \"sync\": {\"secondsBehindMaster\": \"0\"}|>= 2.0.4",
                ", \"dump\": {\"totalTables\": \"3\"}|>= 5.4",
                ", \"sync\": {\"blockDDLOwner\": \"\"}|>= 6.0",
                ", \"validation\": null|>= 6.2",
                ", \"sync\": {\"totalRows\": \"1\"}|>= 6.4",
                ", \"validation\": {\"cutoverBinlogGtid\": \"\"}|>= 7.5",
                ", \"sync\": {\"ioTotalBytes\": \"1\"}|>= 9.0",
            })
    void versionFromTheKeysPresent(String extra, String expected) {
        assertEquals(
                expected, one(subtaskJson(extra == null ? "" : extra)).version().label());
    }

    @Test
    void oneDotZeroLayouts() {
        Snapshot full =
                one("{\"result\": true, \"msg\": \"\", \"workers\": [{\"result\": true, \"worker\": \"h:8262\", "
                        + "\"msg\": \"\", \"subTaskStatus\": [], \"relayStatus\": null, \"sourceID\": \"mysql-1\"}]}");
        assertEquals("1.0.x", full.version().label());
        assertEquals(
                "mysql-1", ((FullResponse) full.response()).sources().get(0).source());
        Snapshot summary = one("{\"result\": true, \"msg\": \"\", \"tasks\": [{\"taskName\": \"t\", \"taskStatus\": "
                + "\"Error - Some error occurred in subtask. Please run `query-status t` to get more details.\", "
                + "\"workers\": [\"h:8262\"]}]}");
        assertEquals(">= 1.0.3, < 2.0", summary.version().label());
        assertFalse(summary.partial());
    }
}
