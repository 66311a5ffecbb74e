package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.dmreport.model.Capture;
import org.dmreport.model.TimeSource;
import org.junit.jupiter.api.Test;

/** Which captures a window needs: those in it, every file of the last capture before it, and those without a time. */
class ReadWindowTest {

    private static Capture at(String name, String time) {
        return time == null
                ? new Capture(name, null, TimeSource.NONE)
                : new Capture(name, Instant.parse(time), TimeSource.PATH);
    }

    private static final List<Capture> CAPTURES = List.of(
            at("undated", null),
            at("a1", "2026-11-26T09:00:00Z"),
            at("b1", "2026-11-26T10:00:00Z"),
            at("b2", "2026-11-26T10:00:00Z"),
            at("c1", "2026-11-26T11:00:00Z"),
            at("d1", "2026-11-26T12:00:00Z"),
            at("e1", "2026-11-26T13:00:00Z"));

    private static List<String> selected(ReadWindow window) {
        return window.select(CAPTURES, c -> c).stream().map(Capture::input).toList();
    }

    /** Only a window with a start and a lookback reads earlier captures again: only it keeps what was found. */
    @Test
    void onlyAStartWithALookbackLooksBack() {
        Instant since = Instant.parse("2026-11-26T10:00:00Z");
        assertEquals(false, ReadWindow.ALL.looksBack());
        assertEquals(false, new ReadWindow(null, since).looksBack());
        assertEquals(false, new ReadWindow(since, null, java.time.Duration.ZERO).looksBack());
        assertEquals(true, new ReadWindow(since, null).looksBack());
    }

    @Test
    void everythingWithoutABound() {
        assertEquals(7, selected(ReadWindow.ALL).size());
    }

    @Test
    void theLastCaptureBeforeSinceIsReadWholeAndNothingEarlier() {
        assertEquals(
                List.of("undated", "b1", "b2", "c1", "d1", "e1"),
                selected(new ReadWindow(Instant.parse("2026-11-26T10:30:00Z"), null)));
        assertEquals(
                List.of("undated", "a1", "b1", "b2", "c1", "d1", "e1"),
                selected(new ReadWindow(Instant.parse("2026-11-26T10:00:00Z"), null)),
                "a capture at since is in the window, and the one before still gives the state at the start");
    }

    @Test
    void nothingAfterUntil() {
        assertEquals(
                List.of("undated", "a1", "b1", "b2", "c1"),
                selected(new ReadWindow(null, Instant.parse("2026-11-26T11:00:00Z"))));
        assertEquals(
                List.of("undated", "d1"),
                selected(new ReadWindow(Instant.parse("2026-11-26T12:30:00Z"), Instant.parse("2026-11-26T12:40:00Z"))),
                "an empty window still reads the state at its start");
    }
}
