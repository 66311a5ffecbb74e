package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line: redrawn at most twice a second, with rate and time left, and erased at the end. */
class ProgressLineTest {

    @Test
    void drawsAtMostTwiceASecondAndErasesItself() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine line = new ProgressLine(new PrintWriter(text), now::get);
        line.started(4, 4L << 20);
        now.set(100_000_000L);
        line.read(1L << 20);
        assertEquals("", text.toString(), "not before half a second");
        now.set(1_000_000_000L);
        line.read(1L << 20);
        String drawn = "\rread 2 of 4 files, 2.0 of 4.0 MiB, 2.0 MiB/s, 1s left   ";
        assertEquals(drawn, text.toString());
        line.finished();
        assertEquals(drawn + "\r" + " ".repeat(100) + "\r", text.toString());
    }

    @Test
    void neverOnAPipe() {
        Cli.Result result = Cli.run("check", "samples/captures");
        assertEquals(-1, result.err().indexOf('\r'));
    }
}
