package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.report.Output;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files of one report replace the earlier set together or not at all, whatever the thread count. */
class ReportFilesTest {

    @TempDir
    Path dir;

    private static Output failing(String why) {
        return out -> {
            out.write("half");
            throw new IOException(why);
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aFailureLeavesTheEarlierSetWholeAndNamesItsFile(int threads) throws IOException {
        for (String name : List.of("a.csv", "b.csv", "c.csv", "d.csv")) {
            Files.writeString(dir.resolve(name), "old " + name);
        }
        Map<String, Output> files = new LinkedHashMap<>();
        files.put("a.csv", Output.of("a\r\n"));
        files.put("b.csv", failing("No space left on device"));
        files.put("c.csv", failing("c is broken"));
        files.put("d.csv", Output.of("d\r\n"));
        FileSystemException thrown =
                assertThrows(FileSystemException.class, () -> ReportJob.write(dir, files, threads));
        assertEquals(dir.resolve("b.csv").toString(), thrown.getFile());
        assertEquals("No space left on device", thrown.getReason());
        for (String name : List.of("a.csv", "b.csv", "c.csv", "d.csv")) {
            assertEquals("old " + name, Files.readString(dir.resolve(name)), name + " is the earlier run's");
        }
        try (var left = Files.list(dir)) {
            assertEquals(4, left.count(), "no temporary file is left behind");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void whenEveryFileIsWrittenAllReplaceTheEarlierSet(int threads) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "old");
        Map<String, Output> files = new LinkedHashMap<>();
        files.put("a.csv", Output.of("a\r\n"));
        files.put("b.csv", Output.of("b\r\n"));
        ReportJob.write(dir, files, threads);
        assertEquals("a\r\n", Files.readString(dir.resolve("a.csv")));
        assertEquals("b\r\n", Files.readString(dir.resolve("b.csv")));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void textThatIsNotUnicodeIsAFailureOfItsFileNotAReplacementCharacter(int threads) throws IOException {
        Files.writeString(dir.resolve("a.md"), "old");
        Map<String, Output> files = new LinkedHashMap<>();
        files.put("a.md", Output.of("lone \ud800 surrogate"));
        FileSystemException thrown =
                assertThrows(FileSystemException.class, () -> ReportJob.write(dir, files, threads));
        assertEquals(dir.resolve("a.md").toString(), thrown.getFile());
        assertEquals("old", Files.readString(dir.resolve("a.md")));
    }
}
