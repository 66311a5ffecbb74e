package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A daily window onto a story that began before it: five days of captures every five minutes in
 * which billing/mysql-03 stalls and lags from 12-04 11:55 until 12-05 05:55 and mysql-02 stops
 * answering at 12-05 03:40. A report from 12-04 18:00 names the stall and the lag with their true
 * start, counted from the window's edge, and every output gives the counts standard error gives.
 */
class DailyWindowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SINCE = "2026-12-04T18:00:00Z";

    @TempDir
    static Path dir;

    static Path archive;

    @BeforeAll
    static void generate() {
        archive = dir.resolve("archive");
        Cli.Result r = Cli.run(
                "generate",
                "-o",
                archive.toString(),
                "--start",
                "2026-12-01T00:00:00Z",
                "--captures",
                "1440",
                "--interval",
                "PT5M");
        assertEquals(0, r.code(), r.err());
    }

    private static List<String> lines(JsonNode findings) {
        List<String> lines = new ArrayList<>();
        for (JsonNode f : findings) {
            lines.add(f.get("rule").asString() + " " + f.get("task").asString() + "/"
                    + f.get("source").asString() + " from "
                    + f.get("evidence").get("from").asString());
        }
        return lines;
    }

    @Test
    void checkFollowsWhatWasOpenAtTheStartBackToItsTrueStart() throws IOException {
        Cli.Result check = Cli.run("check", "-f", "json", "--fail-on", "never", "--since", SINCE, archive.toString());
        assertEquals(0, check.code(), check.err());
        assertEquals(
                List.of(
                        "running-without-progress billing/mysql-03 from 2026-12-04T11:55:00Z",
                        "replication-lag billing/mysql-03 from 2026-12-04T12:05:00Z",
                        "source-not-answering /mysql-02 from 2026-12-05T03:40:00Z"),
                lines(JSON.readTree(check.out()).get("findings")));
        Cli.Result unfollowed = Cli.run(
                "check", "-f", "json", "--fail-on", "never", "--lookback", "0", "--since", SINCE, archive.toString());
        assertTrue(
                lines(JSON.readTree(unfollowed.out()).get("findings"))
                        .contains("running-without-progress billing/mysql-03 from 2026-12-04T17:55:00Z"),
                "without a lookback it seems to start at the capture before the window");
        Cli.Result limited =
                Cli.run("check", "--fail-on", "never", "--lookback", "2h", "--since", SINCE, archive.toString());
        assertTrue(limited.out().contains("it began before 2026-12-04T15:55:00Z, before the window"), limited.out());
    }

    /**
     * Wherever a window starts, each health episode it shows starts where a check of the whole
     * archive says it starts: the lookback finds the true start, and nothing more.
     */
    @Test
    void anyWindowShowsTheEpisodesOfTheWholeArchiveWithTheirTrueStarts() throws IOException {
        Cli.Result whole = Cli.run("check", "-f", "json", "--fail-on", "never", archive.toString());
        List<JsonNode> episodes = new ArrayList<>();
        JSON.readTree(whole.out()).get("findings").forEach(f -> {
            if (f.get("category").asString().equals("health")) {
                episodes.add(f);
            }
        });
        for (String since : List.of(
                "2026-12-02T09:00:00Z", "2026-12-04T02:30:00Z", "2026-12-04T13:00:00Z", "2026-12-05T05:00:00Z")) {
            String until = Instant.parse(since).plusSeconds(9 * 3600).toString();
            Cli.Result window = Cli.run(
                    "check",
                    "-f",
                    "json",
                    "--fail-on",
                    "never",
                    "--since",
                    since,
                    "--until",
                    until,
                    archive.toString());
            List<String> expected = new ArrayList<>();
            for (JsonNode f : episodes) {
                String from = f.get("evidence").get("from").asString();
                String to = f.get("evidence").get("until").asString();
                if (to.compareTo(since) >= 0 && from.compareTo(until) <= 0) {
                    expected.add(f.get("rule").asString() + " " + f.get("task").asString() + "/"
                            + f.get("source").asString() + " from " + from);
                }
            }
            List<String> shown = new ArrayList<>();
            JSON.readTree(window.out()).get("findings").forEach(f -> {
                if (f.get("category").asString().equals("health")) {
                    shown.add(f.get("rule").asString() + " " + f.get("task").asString() + "/"
                            + f.get("source").asString() + " from "
                            + f.get("evidence").get("from").asString());
                }
            });
            assertEquals(
                    expected.stream().sorted().toList(), shown.stream().sorted().toList(), "since " + since);
            assertTrue(!shown.isEmpty(), "since " + since);
        }
    }

    /** Files named by their capture time, side by side in one folder, are followed back too. */
    @Test
    void aFlatArchiveOfTimeNamedFilesIsFollowedBackToo() throws IOException {
        Path flat = Files.createDirectories(dir.resolve("flat"));
        try (var folders = Files.list(archive)) {
            for (Path folder : folders.toList()) {
                String name = folder.getFileName().toString();
                Path billing = folder.resolve("query-status-billing.json");
                if ((name.startsWith("2026-12-04") || name.startsWith("2026-12-05")) && Files.exists(billing)) {
                    Files.copy(billing, flat.resolve(name + "-billing.json"));
                }
            }
        }
        Cli.Result check = Cli.run("check", "--fail-on", "never", "--since", SINCE, flat.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("it began at 2026-12-04T11:55:00Z, before the window"), check.out());
    }

    @Test
    void everyOutputOfTheReportTellsTheSameThreeFindings() throws IOException {
        Path out = dir.resolve("report");
        Cli.Result report =
                Cli.run("report", "-f", "html,md,json,csv", "--since", SINCE, "-o", out.toString(), archive.toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(report.err().contains("0 errors, 3 warnings"), report.err());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("**Findings:** 0 errors, 3 warnings, 0 infos"), md);
        assertTrue(
                md.contains("**stalled on billing/mysql-03** · 2026-12-04 11:55:00Z (before this window) to"
                        + " 2026-12-05 05:55:00Z (18h00m)"),
                md);
        assertTrue(md.contains("**source not answering on mysql-02** · 2026-12-05 03:40:00Z"), md);
        assertTrue(md.contains("lagging billing/mysql-03 for 17h50m"), md);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<span class=\"sev-warning\">3</span>"), "the HTML counts");
        assertTrue(html.contains("(before this window)"), "the HTML tells the true start");
        JsonNode json = JSON.readTree(Files.readString(out.resolve("report.json")));
        assertEquals(3, json.get("overview").get("warnings").asInt());
        JsonNode stall = json.get("incidents").get(0);
        assertEquals("2026-12-04T11:55:00Z", stall.get("start").asString());
        assertEquals("running-without-progress", stall.get("cause").get("rule").asString());
        JsonNode billing = json.get("tasks").get(0);
        assertEquals("billing", billing.get("name").asString());
        assertEquals(
                11 * 3600 + 55 * 60,
                billing.get("window").get("unhealthySeconds").asLong(),
                "unhealthy from the window's first capture, not the episode's true start");
        assertEquals(4, Files.readAllLines(out.resolve("findings.csv")).size(), "a header and three findings");
    }

    /** The day against the day before: what is new, what resolved, and each task then and now. */
    @Test
    void theDayComparedWithTheDayBefore() throws IOException {
        Path out = dir.resolve("compared");
        Cli.Result report = Cli.run(
                "report",
                "-f",
                "md,json",
                "--since",
                SINCE,
                "--until",
                "2026-12-05T18:00:00Z",
                "--compare",
                "previous",
                "-o",
                out.toString(),
                archive.toString());
        assertEquals(0, report.code(), report.err());
        JsonNode c = JSON.readTree(Files.readString(out.resolve("report.json"))).get("comparison");
        assertEquals("previous", c.get("against").asString());
        assertEquals("2026-12-03T18:00:00Z", c.get("since").asString());
        assertEquals("2026-12-04T17:55:00Z", c.get("until").asString());
        List<String> incidents = new ArrayList<>();
        c.get("incidents")
                .forEach(i -> incidents.add(i.get("change").asString() + " "
                        + i.get("rule").asString() + " " + i.get("start").asString()));
        assertEquals(
                List.of(
                        "resolved running-without-progress 2026-12-04T11:55:00Z",
                        "new source-not-answering 2026-12-05T03:40:00Z"),
                incidents,
                "the stall going on across both days resolved today; mysql-02's silence is new");
        assertEquals(1, c.get("newFindings").size());
        assertEquals(
                "source-not-answering", c.get("newFindings").get(0).get("rule").asString());
        JsonNode orders = c.get("tasks").get(1);
        assertEquals("orders", orders.get("task").asString());
        assertTrue(
                orders.get("availabilityBefore").asDouble()
                        < orders.get("availability").asDouble(),
                orders.toString());
        Approvals.verify(Files.readString(out.resolve("report.md")));
    }

    @Test
    void anotherCaptureSetComparesByCause() throws IOException {
        Path out = dir.resolve("against-itself.json");
        Cli.Result same = Cli.run(
                "report", "-f", "json", "--compare", archive.toString(), "-o", out.toString(), archive.toString());
        assertEquals(0, same.code(), same.err());
        JsonNode c = JSON.readTree(Files.readString(out)).get("comparison");
        assertEquals("captures", c.get("against").asString());
        assertEquals(0, c.get("newFindings").size());
        assertEquals(0, c.get("resolvedFindings").size());
        c.get("incidents")
                .forEach(i -> assertTrue(
                        List.of("again", "still-open").contains(i.get("change").asString())));
        assertEquals(
                2,
                Cli.run("report", "-f", "md", "-o", "-", "--compare", "previous", archive.toString())
                        .code(),
                "previous needs --since");
        assertEquals(
                2,
                Cli.run(
                                "report",
                                "-f",
                                "md",
                                "-o",
                                "-",
                                "--compare",
                                dir.resolve("none").toString(),
                                archive.toString())
                        .code());
    }
}
