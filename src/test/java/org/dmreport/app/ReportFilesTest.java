package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dmreport.analysis.Runner;
import org.dmreport.report.Output;
import org.dmreport.report.Rendered;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files of one report replace the earlier set together or not at all, whatever the thread count. */
class ReportFilesTest {

    @TempDir
    Path dir;

    private static Output failing(String why) {
        return (out, runner) -> {
            out.write("half");
            throw new IOException(why);
        };
    }

    /** As a template that stops part-way. */
    private static Output stopping(String why) {
        return new Output() {
            @Override
            public Rendered writeTo(Writer out, Runner runner) throws IOException {
                out.write("half");
                return Rendered.stopped(why);
            }

            @Override
            public boolean canStop() {
                return true;
            }
        };
    }

    /** As the longest table: its pieces are formatted on the runner of the files' own writing. */
    private static Output pieces(String name, int count) {
        return (out, runner) -> {
            List<Supplier<String>> pieces = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int piece = i;
                pieces.add(() -> name + piece + "\r\n");
            }
            for (String piece : runner.run(pieces)) {
                out.write(piece);
            }
            return Rendered.WHOLE;
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aFailureLeavesTheEarlierSetWholeAndNamesItsFile(int threads) throws IOException {
        Map<String, Output> files = inOrder(
                Map.entry("a.csv", Output.of("a\r\n")),
                Map.entry("b.csv", failing("No space left on device")),
                Map.entry("c.csv", failing("c is broken")),
                Map.entry("d.csv", Output.of("d\r\n")));
        earlierRun(files.keySet());
        FileSystemException thrown =
                assertThrows(FileSystemException.class, () -> ReportJob.write(dir, files, threads));
        assertEquals(dir.resolve("b.csv").toString(), thrown.getFile());
        assertEquals("No space left on device", thrown.getReason());
        assertEarlierRunKept(files.keySet());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void whenEveryFileIsWrittenAllReplaceTheEarlierSet(int threads) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "old");
        Map<String, Output> files =
                inOrder(Map.entry("a.csv", Output.of("a\r\n")), Map.entry("b.csv", Output.of("b\r\n")));
        ReportJob.write(dir, files, threads);
        assertEquals("a\r\n", Files.readString(dir.resolve("a.csv")));
        assertEquals("b\r\n", Files.readString(dir.resolve("b.csv")));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aStoppedFileIsReturnedBeforeAnIoErrorAndNothingIsReplaced(int threads) throws IOException {
        Map<String, Output> files = inOrder(
                Map.entry("a.csv", failing("No space left on device")),
                Map.entry("b.md", stopping("template report.md.ftl, line 3: x is undefined")),
                Map.entry("c.csv", Output.of("c\r\n")));
        earlierRun(files.keySet());
        Rendered rendered = ReportJob.write(dir, files, threads);
        assertEquals("template report.md.ftl, line 3: x is undefined", rendered.problem());
        assertEarlierRunKept(files.keySet());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void filesWhosePiecesRunOnTheSamePoolAreWrittenInOrder(int threads) throws IOException {
        Map<String, Output> files = new LinkedHashMap<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            expected.append("p").append(i).append("\r\n");
        }
        for (String name : List.of("a.csv", "b.csv", "c.csv", "d.csv", "e.csv")) {
            files.put(name, pieces("p", 200));
        }
        assertTrue(ReportJob.write(dir, files, threads).whole());
        for (String name : files.keySet()) {
            assertEquals(expected.toString(), Files.readString(dir.resolve(name)), name);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void textThatIsNotUnicodeIsAFailureOfItsFileNotAReplacementCharacter(int threads) throws IOException {
        Files.writeString(dir.resolve("a.md"), "old");
        Map<String, Output> files = inOrder(Map.entry("a.md", Output.of("lone \ud800 surrogate")));
        FileSystemException thrown =
                assertThrows(FileSystemException.class, () -> ReportJob.write(dir, files, threads));
        assertEquals(dir.resolve("a.md").toString(), thrown.getFile());
        assertEquals("old", Files.readString(dir.resolve("a.md")));
    }

    /** A report's files in the order given. */
    @SafeVarargs
    private static Map<String, Output> inOrder(Map.Entry<String, Output>... files) {
        Map<String, Output> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Output> file : files) {
            ordered.put(file.getKey(), file.getValue());
        }
        return ordered;
    }

    /** Leaves {@code names} as an earlier run wrote them: "old NAME". */
    private void earlierRun(Set<String> names) throws IOException {
        for (String name : names) {
            Files.writeString(dir.resolve(name), "old " + name);
        }
    }

    /** Every file still holds the earlier run's text, and no temporary file is left beside them. */
    private void assertEarlierRunKept(Set<String> names) throws IOException {
        for (String name : names) {
            assertEquals("old " + name, Files.readString(dir.resolve(name)), name + " is the earlier run's");
        }
        try (var left = Files.list(dir)) {
            assertEquals(names.size(), left.count(), "no temporary file is left behind");
        }
    }
}
