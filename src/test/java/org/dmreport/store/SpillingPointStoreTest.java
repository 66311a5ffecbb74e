package org.dmreport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dmreport.analysis.Gaps;
import org.dmreport.analysis.Points;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.app.Ingest;
import org.dmreport.app.ReadRequest;
import org.dmreport.app.Requests;
import org.dmreport.model.Capture;
import org.dmreport.model.DmVersionRange;
import org.dmreport.model.Origin;
import org.dmreport.model.TimeSource;
import org.junit.jupiter.api.Test;

/** Points come back from the store equal to what went in, whether they stayed in memory or went to the file. */
class SpillingPointStoreTest {

    private static List<SubtaskPoint> samplePoints() {
        ReadRequest request = Requests.read("samples/captures");
        List<SubtaskPoint> points = new ArrayList<>();
        Ingest.run(request, InputStream::nullInputStream, Points::subtasks)
                .items()
                .forEach(points::addAll);
        return points;
    }

    /** Stores {@code points} round-robin in {@code seriesCount} series and reads each series back. */
    private static void roundTrip(List<SubtaskPoint> points, int seriesCount, int budget) {
        try (SpillingPointStore store = new SpillingPointStore(budget)) {
            List<List<SubtaskPoint>> expected = new ArrayList<>();
            for (int k = 0; k < seriesCount; k++) {
                assertEquals(k, store.open());
                expected.add(new ArrayList<>());
            }
            for (int k = 0; k < points.size(); k++) {
                store.append(k % seriesCount, points.get(k));
                expected.get(k % seriesCount).add(points.get(k));
            }
            for (int k = 0; k < seriesCount; k++) {
                List<SubtaskPoint> read = new ArrayList<>();
                store.read(k, false).forEachRemaining(read::add);
                assertEquals(expected.get(k), read, "series " + k);
                List<SubtaskPoint> withErrors = new ArrayList<>();
                store.read(k, true).forEachRemaining(withErrors::add);
                assertEquals(
                        expected.get(k).stream().filter(SubtaskPoint::hasErrors).toList(), withErrors, "series " + k);
            }
        }
    }

    @Test
    void samplePointsComeBackEqualFromMemoryAndFromTheFile() {
        List<SubtaskPoint> points = samplePoints();
        assertTrue(points.size() > 200, "too few sample points: " + points.size());
        assertTrue(points.stream().anyMatch(SubtaskPoint::hasErrors), "the samples have errors to store");
        roundTrip(points, 7, 1 << 30);
        roundTrip(points, 7, 1);
        roundTrip(points, 3, 4096);
    }

    @Test
    void oddValuesComeBackEqual() {
        Capture capture = new Capture("odd.json", Instant.parse("2026-11-27T07:00:00.123456789Z"), TimeSource.PATH);
        Capture untimed = new Capture("-", null, TimeSource.NONE);
        SubtaskPoint odd = new SubtaskPoint(
                capture,
                3,
                new Origin("/sources/0/subTaskStatus/0", 12, 7),
                "t\u00e9",
                "s\uD800",
                null,
                "Running",
                "Sync",
                List.of(),
                "(bin\u0000.000001, 4)",
                "\uDBFF\uDFFF:1-5",
                "",
                "x\u07ff\u0800",
                false,
                -1L,
                Long.MIN_VALUE,
                Double.NaN,
                -0.0,
                "",
                Long.MAX_VALUE,
                "",
                List.of("a", ""),
                List.of("\u00ff"),
                List.of(),
                "",
                "",
                null,
                DmVersionRange.pre1(),
                new Gaps(null, -5L, 0L));
        SubtaskPoint empty = new SubtaskPoint(
                untimed,
                1,
                Origin.NONE,
                "",
                "",
                "",
                "",
                "",
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "",
                null,
                "",
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                "Paused",
                DmVersionRange.atLeast(null),
                Gaps.NONE);
        roundTrip(List.of(odd, empty, odd, empty), 2, 1);
        roundTrip(List.of(odd, empty), 1, 1 << 20);
    }
}
