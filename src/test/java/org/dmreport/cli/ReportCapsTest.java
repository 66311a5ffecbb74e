package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmreport.report.view.ReportModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The HTML and Markdown reports print at most {@link ReportModel#HTML} and {@link
 * ReportModel#MARKDOWN} of each list, with how many more and where they are: their size follows
 * what a reader takes in, not the number of tasks, subtasks or clusters. The JSON report keeps all.
 */
class ReportCapsTest {

    @TempDir
    Path dir;

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void aFleetOfManyClustersPrintsTheCapsAndCountsTheRest() throws IOException {
        String capture = Files.readString(Path.of("samples/captures/2026-11-26T00-00-00Z/query-status.json"));
        int clusters = ReportModel.HTML.fleetRows() + 30;
        for (int k = 0; k < clusters; k++) {
            Path folder = Files.createDirectories(dir.resolve(String.format("fleet/c%03d/2026-11-26T00-00-00Z", k)));
            Files.writeString(folder.resolve("query-status.json"), capture);
        }
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run(
                "report",
                "-f",
                "html,md,json,slack",
                "-o",
                out.toString(),
                dir.resolve("fleet").toString());
        assertEquals(0, result.code(), result.err());
        String html = Files.readString(out.resolve("report.html"));
        String md = Files.readString(out.resolve("report.md"));
        assertEquals(
                ReportModel.HTML.fleetRows(),
                count(html, "<tr><th scope=\"row\"><a href=\"#cluster-c\\d+-overview\">"));
        assertTrue(html.contains("… and 30 more clusters: every one is in the CSV tables and report.json."), html);
        assertEquals(ReportModel.HTML.clusters(), count(html, "<h2 id=\"cluster-c\\d+-overview-title\">"));
        assertTrue(html.contains("… and " + (clusters - ReportModel.HTML.clusters()) + " more clusters, each with"));
        assertEquals(ReportModel.MARKDOWN.fleetRows(), count(md, "(?m)^\\| c\\d+ \\|"));
        assertTrue(md.contains("… and " + (clusters - ReportModel.MARKDOWN.fleetRows()) + " more clusters (every one"));
        assertEquals(ReportModel.MARKDOWN.clusters(), count(md, "(?m)^## Cluster c\\d+$"));
        assertWithinBlockKitLimits(Files.readString(out.resolve("slack.json")));
        // Every cluster twice, in the fleet's rows and as a report of its own: nothing is capped there.
        assertEquals(2 * clusters, count(Files.readString(out.resolve("report.json")), "\"cluster\" : \"c\\d+\""));
    }

    @Test
    void aClusterOfManyTasksListsThoseThatNeedALookFirst() throws IOException {
        int tasks = ReportModel.MARKDOWN.tasks() + 20;
        Path captures = dir.resolve("captures");
        assertEquals(
                0,
                Cli.run(
                                "generate",
                                "-o",
                                captures.toString(),
                                "--tasks",
                                String.valueOf(tasks),
                                "--sources",
                                "1",
                                "--captures",
                                "2")
                        .code());
        Path out = dir.resolve("out");
        Cli.Result result = Cli.run("report", "-f", "html,md,slack", "-o", out.toString(), captures.toString());
        assertEquals(0, result.code(), result.err());
        String md = Files.readString(out.resolve("report.md"));
        assertEquals(ReportModel.MARKDOWN.tasks(), count(md, "(?m)^\\| [a-z0-9-]+ \\| \\*\\*"));
        assertTrue(md.contains("… and 20 more tasks, those that need a look listed first"), md);
        String html = Files.readString(out.resolve("report.html"));
        assertEquals(ReportModel.HTML.sections(), count(html, "<section id=\"task-"));
        assertTrue(html.contains("… and 20 more tasks without a section here"), "sections are capped");
        assertWithinBlockKitLimits(Files.readString(out.resolve("slack.json")));
    }

    @Test
    void theCapsCutAListAndCountWhatTheyLeaveOut() {
        List<Integer> five = List.of(1, 2, 3, 4, 5);
        ReportModel.Caps caps = ReportModel.MARKDOWN;
        assertEquals(List.of(1, 2, 3), caps.first(five, 3));
        assertEquals(2, caps.more(five, 3));
        assertEquals(five, caps.first(five, 5));
        assertEquals(0, caps.more(five, 9));
        assertEquals(7, caps.moreOf(17, 10));
        assertEquals(0, caps.moreOf(3, 10));
    }

    /**
     * The templates only print what the view model cuts and counts: a cap used in arithmetic or to
     * break a list there would be a second home for the policy.
     */
    @ParameterizedTest
    @ValueSource(strings = {"report.html.ftlh", "report.md.ftl", "email.html.ftlh"})
    void theTemplatesDoNoArithmeticWithTheCaps(String template) throws IOException {
        String text = Files.readString(Path.of("templates", template));
        Matcher m = Pattern.compile("[-+]\\s*caps\\.|caps\\.\\w+\\s*[-+]|(?:==|gt|gte|lt|lte|>|<)\\s*caps\\."
                        + "|\\?size\\s*(?:-|gt|gte|lt|lte|==)")
                .matcher(text);
        assertFalse(m.find(), () -> template + " computes with a size or cap: " + m.group());
        assertTrue(text.contains("caps.first("), template + " lists through the caps");
    }

    /** Slack's Block Kit limits: at most 50 blocks, 3,000 characters per text, 150 per header. */
    private static void assertWithinBlockKitLimits(String slack) {
        JsonNode blocks = new ObjectMapper().readTree(slack).get("blocks");
        assertTrue(blocks.size() <= 50, blocks.size() + " blocks");
        for (JsonNode block : blocks) {
            block.findValues("text").forEach(t -> {
                String text = t.isString() ? t.asString() : "";
                assertTrue(text.length() <= (block.get("type").asString().equals("header") ? 150 : 3000), text);
            });
        }
        assertTrue(slack.contains("… and "), "a list was cut and says so");
    }
}
