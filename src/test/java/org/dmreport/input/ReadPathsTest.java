package org.dmreport.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dmreport.TestFiles;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputSource;
import org.dmreport.model.Capture;
import org.dmreport.model.TimeSource;
import org.junit.jupiter.api.Test;

/**
 * The fast path (one clean JSON object read straight from its bytes) is taken where it should be,
 * and gives what the slow path (decode, scan, repair) gives: a change that stopped using it, or made
 * them differ, fails here rather than going unnoticed.
 */
class ReadPathsTest {

    private static final Capture CAPTURE = new Capture("t.json", null, TimeSource.NONE);

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everySampleTakesTheFastPathAndTheSlowPathAgrees() throws IOException {
        for (ReadMode mode : List.of(ReadMode.DEFAULT, ReadMode.LENIENT)) {
            DumpReader reader = new DumpReader(mode, ReadLimits.DEFAULT, CaptureTimes.Preference.PATH);
            for (Path file : files(TestFiles.samples().resolve("captures"))) {
                byte[] bytes = Files.readAllBytes(file);
                InputSource source = new InputSource(file.toString(), file);
                ReadResult fast = reader.fastPathIfClean(source, bytes, bytes.length, CAPTURE);
                assertNotNull(fast, file + " is one clean object: the fast path reads it");
                assertEquals(
                        reader.decodedSlowPath(source, bytes, bytes.length, CAPTURE, new ArrayList<>()),
                        fast,
                        file.toString());
            }
        }
    }

    /** A real output the fast path reads gives what the slow path gives; the others it leaves alone. */
    @Test
    void onRealOutputsTheTwoPathsAgreeWhereTheFastOneApplies() throws IOException {
        DumpReader reader = new DumpReader(ReadMode.DEFAULT, ReadLimits.DEFAULT, CaptureTimes.Preference.PATH);
        int fastOnes = 0;
        for (Path file : files(TestFiles.realOutputs())) {
            byte[] bytes = Files.readAllBytes(file);
            InputSource source = new InputSource(file.toString(), file);
            ReadResult fast = reader.fastPathIfClean(source, bytes, bytes.length, CAPTURE);
            if (fast != null) {
                fastOnes++;
                assertEquals(
                        reader.decodedSlowPath(source, bytes, bytes.length, CAPTURE, new ArrayList<>()),
                        fast,
                        file.toString());
            }
        }
        assertEquals(true, fastOnes > 0, "some real outputs are clean objects");
    }

    @Test
    void textAroundTheObjectCarriageReturnsAndStrictModeTakeTheSlowPath() {
        DumpReader lenient = new DumpReader(ReadMode.DEFAULT, ReadLimits.DEFAULT, CaptureTimes.Preference.PATH);
        DumpReader strict = new DumpReader(ReadMode.STRICT, ReadLimits.DEFAULT, CaptureTimes.Preference.PATH);
        InputSource source = new InputSource("t.json", null);
        for (String text : List.of(
                "» query-status\n{\"result\": true, \"msg\": \"\", \"tasks\": []}",
                "{\"result\": true,\r\n \"msg\": \"\", \"tasks\": []}\r\n",
                "{\"result\": true, \"msg\": \"\", \"tasks\": []}\n{\"result\": true, \"msg\": \"\", \"tasks\": []}")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertNull(lenient.fastPathIfClean(source, bytes, bytes.length, CAPTURE), text);
        }
        byte[] clean = "{\"result\": true, \"msg\": \"\", \"tasks\": []}".getBytes(StandardCharsets.UTF_8);
        assertNotNull(lenient.fastPathIfClean(source, clean, clean.length, CAPTURE));
        assertNull(strict.fastPathIfClean(source, clean, clean.length, CAPTURE));
    }
}
