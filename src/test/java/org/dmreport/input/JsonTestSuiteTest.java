package org.dmreport.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dmreport.TestFiles;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputSource;
import org.dmreport.model.Capture;
import org.dmreport.model.Problem;
import org.dmreport.model.TimeSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * "Parsing JSON is a minefield": n_ files are refused with a location, y_ files are read as JSON
 * and then refused as not query-status, and no file makes anything escape, in every mode.
 */
class JsonTestSuiteTest {

    private static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.jsonTestSuite())) {
            return files.sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFile() throws IOException {
        List<Path> files = files();
        assertTrue(files.size() > 300, "the suite has over 300 files");
        return files.stream()
                .flatMap(file -> Stream.of(ReadMode.values())
                        .map(mode ->
                                DynamicTest.dynamicTest(mode + " " + file.getFileName(), () -> check(file, mode))));
    }

    private static void check(Path file, ReadMode mode) {
        DumpReader reader = new DumpReader(mode, ReadLimits.DEFAULT, CaptureTimes.Preference.MTIME);
        ReadResult result = reader.read(new InputSource(file.toString(), file), () -> null);
        String name = file.getFileName().toString();
        assertTrue(result.snapshots().isEmpty(), name + " is not query-status output");
        assertFalse(result.problems().isEmpty(), name + " must be refused");
        if (name.startsWith("n_") && mode != ReadMode.LENIENT) {
            Problem first = result.problems().get(0);
            assertTrue(
                    first.line() >= 1 && first.column() >= 1, name + " refused without a location: " + first.format());
        }
        if (name.startsWith("y_")) {
            for (Problem problem : result.problems()) {
                boolean strictDuplicate =
                        mode == ReadMode.STRICT && problem.message().startsWith("duplicate key");
                assertTrue(
                        problem.message().startsWith("not query-status output") || strictDuplicate,
                        name + " is valid JSON and must be refused only as not query-status: " + problem.format());
            }
        }
        for (Problem problem : result.problems()) {
            assertEquals(-1, problem.message().indexOf('\n'), "one line per problem: " + problem.format());
        }
    }

    /**
     * Every file of the suite where a DM OpenAPI document holds a value, at the list and inside a
     * subtask: the API's reader meets every kind of value and every way of not being JSON, and says
     * each in one located line.
     */
    @TestFactory
    Stream<DynamicTest> everyFileInsideAnApiDocument() throws IOException {
        return files().stream()
                .flatMap(file -> Stream.of(
                        DynamicTest.dynamicTest(
                                "as data " + file.getFileName(), () -> api(file, "{\"total\":1,\"data\":", "}")),
                        DynamicTest.dynamicTest(
                                "as sync_status " + file.getFileName(),
                                () -> api(
                                        file,
                                        "{\"total\":1,\"data\":[{\"name\":\"t\",\"source_name\":\"s\",\"worker_name\":\"w\","
                                                + "\"stage\":\"Running\",\"unit\":\"Sync\",\"sync_status\":",
                                        "}]}"))));
    }

    private static void api(Path file, String before, String after) throws IOException {
        byte[] value = Files.readAllBytes(file);
        byte[] document = new byte[before.length() + value.length + after.length()];
        System.arraycopy(before.getBytes(StandardCharsets.UTF_8), 0, document, 0, before.length());
        System.arraycopy(value, 0, document, before.length(), value.length);
        System.arraycopy(
                after.getBytes(StandardCharsets.UTF_8), 0, document, before.length() + value.length, after.length());
        String name = file.getFileName().toString();
        for (ReadMode mode : ReadMode.values()) {
            DumpReader reader = new DumpReader(mode, ReadLimits.DEFAULT, CaptureTimes.Preference.PATH);
            Capture capture = new Capture("api.json", null, TimeSource.NONE);
            ReadResult result = reader.read(new InputSource("api.json", Path.of("api.json")), document, capture);
            assertTrue(
                    result.snapshots().size() + result.problems().size() >= 1,
                    name + ": read, or refused with a reason");
            for (Problem problem : result.problems()) {
                assertEquals(-1, problem.message().indexOf('\n'), "one line per problem: " + problem.format());
                assertTrue(problem.line() >= 0 && problem.column() >= 0, problem.format());
            }
            if (name.startsWith("n_") && mode == ReadMode.STRICT) {
                assertTrue(result.snapshots().isEmpty(), name + " is not JSON, inside an API document neither");
            }
        }
    }
}
