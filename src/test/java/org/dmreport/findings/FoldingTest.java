package org.dmreport.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Findings repeated in consecutive captures fold into one; a capture without them ends the run. */
class FoldingTest {

    private static final List<Instant> TIMES = List.of(
            Instant.parse("2026-11-26T10:00:00Z"),
            Instant.parse("2026-11-26T10:01:00Z"),
            Instant.parse("2026-11-26T10:02:00Z"),
            Instant.parse("2026-11-26T10:03:00Z"),
            Instant.parse("2026-11-26T10:04:00Z"));

    private static Finding at(int capture, String pointer, int line) {
        Instant t = capture < 0 ? null : TIMES.get(capture);
        return new Finding(
                "missing-keys-for-version",
                Severity.WARNING,
                Category.SCHEMA,
                "c" + capture + "/q.json",
                "",
                1,
                t,
                pointer,
                line,
                1,
                "t1",
                "mysql-01",
                "lacks msg",
                Map.of(),
                false,
                1,
                null,
                null,
                "");
    }

    private static List<Finding> fold(Finding... findings) {
        List<Finding> sorted = new ArrayList<>(List.of(findings));
        sorted.sort(FindingOrder.ORDER);
        return Folding.fold(sorted, TIMES);
    }

    @Test
    void consecutiveCapturesFoldIntoTheFirstWithCountAndLast() {
        List<Finding> folded = fold(at(0, "/a", 3), at(1, "/a", 3), at(2, "/a", 4));
        assertEquals(1, folded.size());
        Finding f = folded.get(0);
        assertEquals(3, f.occurrences());
        assertEquals("c0/q.json", f.input());
        assertEquals(new Finding.Occurrence("c2/q.json", 1, TIMES.get(2), 4, 1), f.last());
        assertEquals(" (in 3 captures, 2026-11-26T10:00:00Z to 2026-11-26T10:02:00Z)", Folding.note(f));
    }

    @Test
    void aCaptureWithoutTheFindingEndsTheRun() {
        List<Finding> folded = fold(at(0, "/a", 3), at(1, "/a", 3), at(3, "/a", 3), at(4, "/a", 3));
        assertEquals(List.of(2, 2), folded.stream().map(Finding::occurrences).toList());
        assertEquals(TIMES.get(3), folded.get(1).capturedAt());
    }

    @Test
    void findingsOfOneCaptureAreNeverFoldedTogetherButPairedWithTheNextCapturesInOrder() {
        List<Finding> folded = fold(at(0, "", 3), at(0, "", 9), at(1, "", 3), at(1, "", 9));
        assertEquals(2, folded.size());
        assertEquals(List.of(3, 9), folded.stream().map(Finding::line).toList());
        assertEquals(List.of(3, 9), folded.stream().map(f -> f.last().line()).toList());
    }

    @Test
    void otherPointersAndUndatedFindingsStandAlone() {
        List<Finding> folded = fold(at(0, "/a", 3), at(1, "/b", 3), at(-1, "/a", 3), at(-1, "/a", 3));
        assertEquals(4, folded.size());
        folded.forEach(f -> assertNull(f.last()));
        assertEquals("", Folding.note(folded.get(0)));
    }
}
