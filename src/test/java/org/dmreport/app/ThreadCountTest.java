package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
}
