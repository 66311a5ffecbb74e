package org.dmreport.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dmreport.app.GenerateJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic, and the shipped samples are what it writes. */
class CaptureScenarioTest {

    @TempDir
    Path dir;

    private static List<String> tree(Path root) throws IOException {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                entries.add(root.relativize(file) + "\n" + Files.readString(file));
            }
        }
        return entries;
    }

    @Test
    void theShippedSamplesAreWhatTheGeneratorWrites() throws IOException {
        GenerateJob.run(ScenarioSettings.SAMPLES, dir);
        assertEquals(tree(Path.of("samples/captures")), tree(dir));
    }

    @Test
    void theSamplesHoldTwoTasksOnThreeSourcesOver48Captures() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of("samples/captures"))) {
            assertEquals(48, folders.count());
        }
        List<GeneratedCapture> captures = new CaptureScenario(ScenarioSettings.SAMPLES).captures();
        assertEquals(List.of("orders", "billing"), captures.get(0).taskNames());
        assertEquals(3, captures.get(0).allTasks().sources().size());
        assertEquals(List.of("orders"), captures.get(47).taskNames(), "billing was stopped by hand");
        assertTrue(
                captures.stream().anyMatch(c -> c.allTasks().sources().stream().anyMatch(s -> !s.result())),
                "a source stops answering");
    }
}
