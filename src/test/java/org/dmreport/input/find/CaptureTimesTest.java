package org.dmreport.input.find;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every timestamp form the README promises, with offsets where given, UTC otherwise. */
class CaptureTimesTest {

    @ParameterizedTest
    @CsvSource({
        "captures/2026-11-27T07:00:00Z/q.json, 2026-11-27T07:00:00Z",
        "captures/2026-11-27T07-00-00Z/q.json, 2026-11-27T07:00:00Z",
        "q-20261127T070000Z.json, 2026-11-27T07:00:00Z",
        "q-20261127-070000.json, 2026-11-27T07:00:00Z",
        "q_2026-11-27_07-00-00.json, 2026-11-27T07:00:00Z",
        "q_2026-11-27T09:00:00+02:00.json, 2026-11-27T07:00:00Z",
        "q_20261127T090000+0200.json, 2026-11-27T07:00:00Z",
        "2026-11-26T00-00-00Z/q-2026-11-27T07-00-00Z.json, 2026-11-27T07:00:00Z",
    })
    void timestampsInPaths(String path, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), utc(path));
        assertEquals(Optional.of(Instant.parse(expected)), CaptureTimes.fromPathOf(path));
    }

    @ParameterizedTest
    @CsvSource({"q.json", "q-2026-13-40T07-00-00Z.json", "build-1234567890123.json"})
    void pathsWithoutAValidTimestamp(String path) {
        assertEquals(Optional.empty(), utc(path));
        assertEquals(Optional.empty(), CaptureTimes.fromPathOf(path));
    }

    /** Looking at each folder once, for file after file, finds what a look at the whole path finds. */
    @Test
    void theFolderIsLookedAtOnceWithTheSameResult() {
        List<String> paths = List.of(
                "a/2026-11-27T07-00-00Z/q.json",
                "a/2026-11-27T07-00-00Z/r.json",
                "a/2026-11-27T07-00-00Z/q-2026-11-27T08-00-00Z.json",
                "b/q.json",
                "b/r.json",
                "a/2026-11-27T07-00-00Z/s.json",
                "2026-11-27T09-00-00Z/c/q.json",
                "q.json",
                "2026-11-27T09-00-00Z/c/q.json",
                "d/20261127/T100000Z.json",
                "d/20261127T100000Z/x.json");
        for (String path : paths) {
            assertEquals(utc(path), CaptureTimes.fromPathOf(path), path);
        }
    }

    private static Optional<Instant> utc(String path) {
        return CaptureTimes.fromPath(path, ZoneOffset.UTC).map(CaptureTimes.PathTime::at);
    }

    /** A timestamp with no offset is read in the path zone; one with an offset keeps its own. */
    @ParameterizedTest
    @CsvSource({
        "q_2026-11-26_19-30-00.json, 2026-11-26T11:30:00Z, false",
        "q-20261126-193000.json, 2026-11-26T11:30:00Z, false",
        "2026-11-26T19-30-00Z/q.json, 2026-11-26T19:30:00Z, true",
        "q_2026-11-26T19:30:00+02:00.json, 2026-11-26T17:30:00Z, true",
    })
    void aTimestampWithoutAnOffsetIsInThePathZone(String path, String expected, boolean zoned) {
        assertEquals(
                Optional.of(new CaptureTimes.PathTime(Instant.parse(expected), zoned)),
                CaptureTimes.pathTimeOf(path, ZoneId.of("Asia/Shanghai")));
    }

    /** A local time the zone skips (a spring-forward gap) names no time; one it repeats takes the earlier. */
    @Test
    void aLocalTimeInADaylightSavingGapIsNoTime() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(Optional.empty(), CaptureTimes.fromPath("q_2026-03-29_02-30-00.json", berlin));
        assertEquals(
                List.of("'2026-03-29_02-30-00' (no such local time in Europe/Berlin: a daylight-saving gap)"),
                CaptureTimes.impossibleTimesIn("q_2026-03-29_02-30-00.json", berlin));
        assertEquals(
                Optional.of(Instant.parse("2026-10-25T00:30:00Z")),
                CaptureTimes.fromPath("q_2026-10-25_02-30-00.json", berlin).map(CaptureTimes.PathTime::at));
    }
}
