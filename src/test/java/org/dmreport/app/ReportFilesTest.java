package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dmreport.report.Output;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Report files are written side by side, yet fail as a sequential write would. */
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
    void everyWritableFileIsWrittenAndTheFirstFailureInFileOrderIsThrown(int threads) throws IOException {
        Map<String, Output> files = new LinkedHashMap<>();
        files.put("a.csv", Output.of("a\r\n"));
        files.put("b.csv", failing("b is broken"));
        files.put("c.csv", failing("c is broken"));
        files.put("d.csv", Output.of("d\r\n"));
        IOException thrown = assertThrows(IOException.class, () -> ReportJob.write(dir, files, threads));
        assertEquals("b is broken", thrown.getMessage());
        assertEquals("a\r\n", Files.readString(dir.resolve("a.csv")));
        assertEquals("d\r\n", Files.readString(dir.resolve("d.csv")));
        assertFalse(Files.exists(dir.resolve("b.csv")));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file is left behind");
        }
    }
}
