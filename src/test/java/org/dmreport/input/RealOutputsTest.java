package org.dmreport.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.dmreport.TestFiles;
import org.dmreport.cli.Cli;
import org.junit.jupiter.api.Test;

/**
 * Every published real output in every reading mode: the outcome of each (statuses, notes,
 * problems) is pinned in an approved file, reviewed against the corpus README.
 */
class RealOutputsTest {

    private static List<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(TestFiles.realOutputs())) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String outcomes(String mode) throws IOException {
        StringBuilder out = new StringBuilder();
        for (Path file : corpus()) {
            Cli.Result result = mode.isEmpty()
                    ? Cli.run("status", "--time-from", "path", file.toString())
                    : Cli.run("status", mode, "--time-from", "path", file.toString());
            out.append("== ")
                    .append(file.getFileName())
                    .append(" exit ")
                    .append(result.code())
                    .append('\n');
            out.append(result.out().replace(TestFiles.realOutputs().toString(), "CORPUS"));
            out.append(result.err().replace(TestFiles.realOutputs().toString(), "CORPUS"));
        }
        return out.toString();
    }

    @Test
    void thereAreTwentySixOutputs() throws IOException {
        assertEquals(26, corpus().size());
    }

    @Test
    void defaultMode() throws IOException {
        Approvals.verify(outcomes(""));
    }

    @Test
    void lenientMode() throws IOException {
        Approvals.verify(outcomes("--lenient"));
    }

    @Test
    void strictMode() throws IOException {
        Approvals.verify(outcomes("--strict"));
    }

    @Test
    void lenientModeReadsAllButTheTwoUnrepairableOnes() throws IOException {
        int refused = 0;
        for (Path file : corpus()) {
            Cli.Result result = Cli.run("status", "--lenient", file.toString());
            if (result.code() != 0) {
                refused++;
                assertEquals(3, result.code());
                assertEquals(true, result.err().matches("(?s).*\\.json:\\d+:\\d+: .*"), result.err());
            }
        }
        assertEquals(2, refused);
    }

    @Test
    void strictModeAcceptsExactlyTheTenValidOnes() throws IOException {
        int read = 0;
        for (Path file : corpus()) {
            if (Cli.run("status", "--strict", file.toString()).code() == 0) {
                read++;
            }
        }
        assertEquals(10, read);
    }
}
