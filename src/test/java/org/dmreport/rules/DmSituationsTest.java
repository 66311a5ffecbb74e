package org.dmreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dmreport.cli.Cli;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Capture series that DM prints in some operation it performs (a race between two reads, a restart,
 * a failover, an operator's remove-meta, a known DM bug), one folder each under
 * {@code src/test/resources/dm-situations} (its README names the DM behaviour behind each). An error
 * claims that DM cannot have printed the input, so {@code check} with default options must exit 0
 * on every one and report no error; what it does report (the warnings that name the situation) is
 * approved as {@code NAME.approved.json}.
 */
class DmSituationsTest {

    private static final Path SITUATIONS = Path.of("src/test/resources/dm-situations");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> checkPassesOnEverySeriesDmCanPrint() throws IOException {
        return situations().stream()
                .map(situation ->
                        DynamicTest.dynamicTest(situation.getFileName().toString(), () -> {
                            Cli.Result result =
                                    Cli.run("check", "-f", "json", "--time-from", "path", situation.toString());
                            assertEquals(0, result.code(), situation + ": " + result.err());
                            for (JsonNode finding : JSON.readTree(result.out()).get("findings")) {
                                assertFalse(
                                        finding.get("severity").asString().equals("error"), situation + ": " + finding);
                            }
                            RuleFixturesTest.approve(situation, result.out());
                        }));
    }

    /**
     * The incidents each series makes and every task's window figures, approved as
     * {@code NAME.incidents.approved.json}: how the report tells what DM did.
     */
    @TestFactory
    Stream<DynamicTest> incidentsAndWindowFiguresOfEverySeries() throws IOException {
        return situations().stream()
                .map(situation ->
                        DynamicTest.dynamicTest(situation.getFileName().toString(), () -> {
                            Cli.Result result = Cli.run(
                                    "report", "-f", "json", "-o", "-", "--time-from", "path", situation.toString());
                            assertEquals(0, result.code(), situation + ": " + result.err());
                            JsonNode report = JSON.readTree(result.out());
                            ObjectNode told = JSON.createObjectNode();
                            told.set("incidents", report.get("incidents"));
                            ObjectNode windows = told.putObject("windows");
                            for (JsonNode task : report.get("tasks")) {
                                windows.set(task.get("name").asString(), task.get("window"));
                            }
                            RuleFixturesTest.approve(
                                    situation.resolveSibling(situation.getFileName() + ".incidents"),
                                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(told));
                        }));
    }

    @Test
    void everySituationIsDescribed() throws IOException {
        String readme = Files.readString(SITUATIONS.resolve("README.md"));
        List<Path> situations = situations();
        assertTrue(situations.size() >= 15, "situations: " + situations.size());
        for (Path situation : situations) {
            assertTrue(readme.contains("`" + situation.getFileName() + "`"), situation + " is not in the README");
        }
    }

    private static List<Path> situations() throws IOException {
        try (Stream<Path> dirs = Files.list(SITUATIONS)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
