package org.dmreport.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputSource;
import org.dmreport.input.schema.SchemaValidator;
import org.dmreport.model.Capture;
import org.dmreport.model.Problem;
import org.dmreport.model.TimeSource;

/**
 * Fuzz targets for the reader, one per mode: any bytes, given in memory, as a file or on standard
 * input, end in snapshots and located one-line problems, never in an exception. Saved inputs under
 * {@code ReaderFuzzTestInputs} run as regression tests in every build; {@code bin/fuzz} fuzzes.
 */
class ReaderFuzzTest {

    private static final SchemaValidator SCHEMAS = new SchemaValidator();

    @FuzzTest(maxDuration = "")
    void strict(FuzzedDataProvider data) {
        read(ReadMode.STRICT, data);
    }

    @FuzzTest(maxDuration = "")
    void defaultMode(FuzzedDataProvider data) {
        read(ReadMode.DEFAULT, data);
    }

    @FuzzTest(maxDuration = "")
    void lenient(FuzzedDataProvider data) {
        read(ReadMode.LENIENT, data);
    }

    private static void read(ReadMode mode, FuzzedDataProvider data) {
        int way = data.consumeInt(0, 2);
        byte[] bytes = data.consumeRemainingAsBytes();
        DumpReader reader = new DumpReader(mode, ReadLimits.DEFAULT, CaptureTimes.Preference.PATH, SCHEMAS);
        ReadResult result;
        if (way == 0) {
            Capture capture = new Capture("fuzz.json", null, TimeSource.NONE);
            result = reader.read(new InputSource("fuzz.json", Path.of("fuzz.json")), bytes, capture);
        } else if (way == 1) {
            result = reader.read(InputSource.stdin(), () -> new ByteArrayInputStream(bytes));
        } else {
            result = viaFile(reader, bytes);
        }
        for (Problem problem : result.problems()) {
            assertTrue(problem.line() >= 0 && problem.column() >= 0, problem.toString());
            assertEquals(-1, problem.message().indexOf('\n'), "a problem is one line: " + problem.message());
            assertEquals(1, problem.format().lines().count(), problem.format());
        }
    }

    private static ReadResult viaFile(DumpReader reader, byte[] bytes) {
        try {
            Path dir = Files.createTempDirectory("dmreport-fuzz");
            Path file = Files.write(dir.resolve("2026-11-26T00-00-00Z.json"), bytes);
            try {
                return reader.read(new InputSource(file.toString(), file), InputStream::nullInputStream);
            } finally {
                Files.delete(file);
                Files.delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
