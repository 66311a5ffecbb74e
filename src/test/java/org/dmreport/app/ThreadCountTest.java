package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dmreport.cli.Cli;
import org.dmreport.generate.ScenarioSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same generated corpus gives the same bytes read on one thread or on many. */
class ThreadCountTest {

    @TempDir
    Path dir;

    @Test
    void checkAndReportDoNotDependOnTheThreadCount() throws IOException {
        Path corpus = dir.resolve("corpus");
        GenerateJob.run(new ScenarioSettings(7, 90, 4, 6, Duration.ofMinutes(1), Instant.parse("2026-11-26T00:00:00Z")),
                corpus);
        String one = Cli.run("check", "-f", "json", "--threads", "1", corpus.toString()).out();
        String many = Cli.run("check", "-f", "json", "--threads", "8", corpus.toString()).out();
        assertEquals(one, many);
        assertEquals(Cli.run("report", "-f", "json", "--threads", "1", corpus.toString()).out(),
                Cli.run("report", "-f", "json", "--threads", "6", corpus.toString()).out());
        assertEquals(Cli.run("status", "--threads", "1", corpus.toString()).out(),
                Cli.run("status", "--threads", "5", corpus.toString()).out());
    }

    /** The report's files, subtasks.csv formatted in batches on a pool (2,160 rows: several rounds of them). */
    @Test
    void reportFilesDoNotDependOnTheThreadCount() throws IOException {
        Path corpus = dir.resolve("corpus");
        GenerateJob.run(new ScenarioSettings(7, 90, 4, 6, Duration.ofMinutes(1), Instant.parse("2026-11-26T00:00:00Z")),
                corpus);
        Path one = dir.resolve("one");
        Path many = dir.resolve("many");
        Cli.run("report", "--threads", "1", "-o", one.toString(), corpus.toString());
        Cli.run("report", "--threads", "3", "-o", many.toString(), corpus.toString());
        List<String> names = ReportJob.FILES.values().stream().flatMap(List::stream).filter(n -> !n.endsWith(".json"))
                .sorted().toList();
        for (String name : names) {
            assertEquals(Files.readString(one.resolve(name)), Files.readString(many.resolve(name)), name);
        }
        assertTrue(Files.readAllLines(one.resolve("subtasks.csv")).size() > 2_000);
    }
}
