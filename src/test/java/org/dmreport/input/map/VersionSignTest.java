package org.dmreport.input.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dmreport.input.DumpReader;
import org.dmreport.input.ReadResult;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputSource;
import org.dmreport.model.Capture;
import org.dmreport.model.DmVersionRange;
import org.dmreport.model.Snapshot;
import org.dmreport.model.TimeSource;
import org.dmreport.model.VersionSign;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The version table is one: the mapping infers versions from it, and the README shows it. */
class VersionSignTest {

    @Test
    void theReadmeShowsTheTableTheMappingReads() throws IOException {
        String readme = Files.readString(Path.of("src/site/markdown/versions.md"));
        String start = "<!-- versions:start -->\n";
        String table =
                readme.substring(readme.indexOf(start) + start.length(), readme.indexOf("<!-- versions:end -->"));
        assertEquals(VersionSign.markdown(), table, "README's version table differs from VersionSign.markdown()");
    }

    /** A document with one sign of a release and none of a later one is of that release on. */
    @Test
    void eachSignRaisesTheVersionToItsRelease() {
        DmVersionRange range = read("{\"result\": true, \"msg\": \"\", \"sources\": [{\"result\": true, \"msg\": \"\", "
                        + "\"sourceStatus\": {\"source\": \"s\", \"worker\": \"w\", \"result\": null, \"relayStatus\": null}, "
                        + "\"subTaskStatus\": [{\"name\": \"t\", \"stage\": \"Running\", \"unit\": \"Dump\", \"result\": null, "
                        + "\"unresolvedDDLLockID\": \"\", \"dump\": {\"totalTables\": \"3\", \"completedTables\": 1, "
                        + "\"finishedBytes\": 1, \"finishedRows\": 1, \"estimateTotalRows\": 3}}]}]}")
                .version();
        assertEquals(">= " + VersionSign.DUMP_TOTAL_TABLES.since(), range.label());
        assertTrue(VersionSign.DUMP_TOTAL_TABLES.since().compareTo(VersionSign.SOURCE_STATUS.since()) > 0);
    }

    /** Every key of every keyed sign, each alone in its object. */
    /** The signs of dmctl's keys, or of the DM OpenAPI's (whose objects are named as the spec names them). */
    private static Stream<Arguments> keyed(boolean api) {
        return Arrays.stream(VersionSign.values())
                .filter(sign -> sign.object() != null && API_OBJECTS.containsKey(sign.object()) == api)
                .flatMap(sign -> sign.keys().stream().map(key -> Arguments.of(sign, key)));
    }

    /** The API's objects by the key that holds each in a subtask. */
    private static final Map<String, String> API_OBJECTS = Map.of(
            "SubTaskStatus", "", "SyncStatus", "sync_status", "LoadStatus", "load_status", "DumpStatus", "dump_status");

    static Stream<Arguments> keyedSigns() {
        return keyed(false);
    }

    static Stream<Arguments> apiSigns() {
        return keyed(true);
    }

    /** An API sign counts when its key is printed, whatever its value, as dmctl's do. */
    @ParameterizedTest
    @MethodSource("apiSigns")
    void anApiSignCountsWhateverItsValue(VersionSign sign, String key) {
        String holder = API_OBJECTS.get(sign.object());
        String fragment = holder.isEmpty() ? "\"" + key + "\": null" : "\"" + holder + "\": {\"" + key + "\": null}";
        DmVersionRange range = read("{\"total\": 1, \"data\": [{\"name\": \"t\", \"source_name\": \"s\", "
                        + "\"worker_name\": \"w\", \"stage\": \"Running\", \"unit\": \"Sync\", " + fragment + "}]}")
                .version();
        assertEquals(">= " + sign.since(), range.label(), key);
    }

    /** A keyed sign counts when its key is printed, whatever its value: here null, which no DM prints. */
    @ParameterizedTest
    @MethodSource("keyedSigns")
    void aKeyedSignCountsWhateverItsValue(VersionSign sign, String key) {
        String object = sign.object();
        String fragment = object.equals("unresolvedGroups[]")
                ? "\"sync\": {\"unresolvedGroups\": [{\"" + key + "\": null}]}"
                : "\"" + object + "\": {\"" + key + "\": null}";
        DmVersionRange range = read("{\"result\": true, \"msg\": \"\", \"sources\": [{\"result\": true, \"msg\": \"\", "
                        + "\"sourceStatus\": {\"source\": \"s\", \"worker\": \"w\", \"result\": null, \"relayStatus\": null}, "
                        + "\"subTaskStatus\": [{\"name\": \"t\", \"stage\": \"Running\", \"unit\": \"Sync\", \"result\": null, "
                        + "\"unresolvedDDLLockID\": \"\", " + fragment + "}]}]}")
                .version();
        assertEquals(">= " + sign.since(), range.label(), key);
    }

    private static Snapshot read(String json) {
        DumpReader reader = new DumpReader(ReadMode.DEFAULT, ReadLimits.DEFAULT, CaptureTimes.Preference.PATH);
        ReadResult result = reader.read(
                InputSource.stdin(), json.getBytes(StandardCharsets.UTF_8), new Capture("-", null, TimeSource.NONE));
        assertEquals(List.of(), result.problems());
        return result.snapshots().get(0);
    }

    /** What missing-keys requires is the table's: the keys DM always prints, each from its release. */
    @Test
    void theKeysDmAlwaysPrintsAreInTheOneTable() {
        Map<String, String> always = new TreeMap<>();
        for (VersionSign sign : VersionSign.values()) {
            sign.always().forEach(key -> always.put(key, sign.since().toString()));
        }
        assertEquals(
                Map.of(
                        "load.bps", "6.4",
                        "load.metaBinlogGTID", "2.0.1",
                        "source.msg", "2.0",
                        "subtask.validation", "6.2",
                        "sync.binlogType", "2.0",
                        "sync.blockDDLOwner", "6.0",
                        "sync.conflictMsg", "6.0",
                        "sync.secondsBehindMaster", "2.0.4",
                        "sync.totalEvents", "6.4",
                        "sync.totalRows", "6.4"),
                always);
    }
}
