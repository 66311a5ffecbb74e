package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Several clusters under one root: two generated side by side (seeds 1 and 2) share task, source
 * and capture names, and are told apart by their folders; a third folder whose captures contradict
 * the first cluster's at the same times gives findings, never a silent drop.
 */
class FleetTest {

    /** Under the build folder, so that the paths in approved outputs are the same on every machine. */
    private static final Path ROOT = Path.of("target/fleet-test");

    private static final String FLEET = ROOT.resolve("root").toString();
    private static final String OTHER = ROOT.resolve("other").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        if (Files.exists(ROOT)) {
            try (Stream<Path> walk = Files.walk(ROOT)) {
                for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(p);
                }
            }
        }
        assertEquals(
                0,
                Cli.run("generate", "--clusters", "2", "--seed", "1", "-o", FLEET)
                        .code());
        assertEquals(
                0,
                Cli.run(
                                "generate",
                                "--seed",
                                "3",
                                "-o",
                                ROOT.resolve("other/cluster-a").toString())
                        .code());
    }

    private static JsonNode checkJson(String... inputs) {
        String[] args = Stream.concat(Stream.of("check", "-f", "json"), Stream.of(inputs))
                .toArray(String[]::new);
        return JSON.readTree(Cli.run(args).out());
    }

    private static Map<String, Long> warningsByCluster(JsonNode check) {
        Map<String, Long> byCluster = new TreeMap<>();
        check.get("findings").forEach(f -> byCluster.merge(f.get("cluster").asString(), 1L, Long::sum));
        return byCluster;
    }

    @Test
    void generateWritesOneFolderPerClusterEachFromItsOwnSeed() throws IOException {
        Path alone = dir.resolve("alone");
        Cli.run("generate", "--seed", "2", "-o", alone.toString());
        assertEquals(
                Files.readString(alone.resolve("2026-11-26T05-00-00Z/query-status-billing.json")),
                Files.readString(Path.of(FLEET, "cluster-b/2026-11-26T05-00-00Z/query-status-billing.json")));
        Cli.Result refused =
                Cli.run("generate", "--clusters", "0", "-o", dir.resolve("none").toString());
        assertEquals(2, refused.code());
        assertEquals(
                "dmreport: --clusters must be at least 1",
                refused.err().lines().findFirst().orElseThrow());
    }

    @Test
    void twoClustersGiveTwelveWarningsEach() {
        JsonNode check = checkJson(FLEET);
        assertEquals(24, check.get("summary").get("warnings").asInt());
        assertEquals(Map.of("cluster-a", 12L, "cluster-b", 12L), warningsByCluster(check));
        // Each cluster alone gives the same twelve: nothing of one is taken for a repeat of the other.
        assertEquals(
                12,
                checkJson(FLEET + "/cluster-b").get("summary").get("warnings").asInt());
    }

    @Test
    void statusShowsEachDocumentsCluster() {
        String out = Cli.run("status", FLEET).out();
        assertTrue(
                out.contains("target/fleet-test/root/cluster-a/2026-11-26T00-00-00Z/query-status.json#1 [cluster-a] "),
                out.lines().findFirst().orElse(""));
        assertTrue(out.contains("[cluster-b]"));
        JsonNode json = JSON.readTree(Cli.run("status", "-f", "json", FLEET).out());
        Set<String> clusters = new TreeSet<>();
        json.get("snapshots").forEach(s -> clusters.add(s.get("cluster").asString()));
        assertEquals(Set.of("cluster-a", "cluster-b"), clusters);
    }

    @Test
    void theFleetReportInMarkdown() {
        Approvals.verify(Cli.run("report", "-f", "md", FLEET).out());
    }

    @Test
    void theFleetMatrixLinksEveryCellToItsSection() {
        String html = Cli.run("report", "-f", "html", FLEET).out();
        Set<String> ids = new TreeSet<>();
        Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        while (id.find()) {
            ids.add(id.group(1));
        }
        Matcher link = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int links = 0;
        while (link.find()) {
            assertTrue(ids.contains(link.group(1)), "a link to nothing: #" + link.group(1));
            links++;
        }
        assertTrue(links > 20);
        assertTrue(html.contains("id=\"cluster-cluster-a-task-billing\""));
        assertTrue(html.contains("id=\"cluster-cluster-b-task-billing\""));
        String matrix = html.substring(html.indexOf("<section id=\"fleet\""), html.indexOf("</section>"));
        assertTrue(matrix.contains("<a href=\"#cluster-cluster-a-task-orders\">"), matrix);
        assertEquals(ids.size(), html.split(" id=\"").length - 1, "every id once");
    }

    @Test
    void theFleetReportInJsonHoldsEachClustersReport() {
        JsonNode report = JSON.readTree(Cli.run("report", "-f", "json", FLEET).out());
        assertEquals(24, report.get("overview").get("warnings").asInt());
        List<String> clusters = report.get("fleet")
                .get("clusters")
                .valueStream()
                .map(c -> c.get("cluster").asString())
                .toList();
        assertEquals(
                List.of("cluster-a", "cluster-b"), clusters.stream().sorted().toList());
        report.get("fleet")
                .get("clusters")
                .forEach(c -> assertEquals(12, c.get("overview").get("warnings").asInt()));
        assertEquals(
                List.of("billing", "orders"),
                report.get("fleet")
                        .get("tasks")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList());
    }

    @Test
    void everyCsvTableNamesTheCluster() throws IOException {
        Path out = dir.resolve("csv");
        assertEquals(
                0, Cli.run("report", "-f", "csv", "-o", out.toString(), FLEET).code());
        for (String table : List.of("tasks.csv", "subtasks.csv", "errors.csv", "findings.csv")) {
            List<CSVRecord> rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .get()
                    .parse(new StringReader(Files.readString(out.resolve(table))))
                    .getRecords();
            assertEquals(
                    Set.of("cluster-a", "cluster-b"),
                    rows.stream().map(r -> r.get("cluster")).collect(Collectors.toSet()),
                    table);
        }
    }

    @Test
    void oneClusterChosenIsReportedAsItWouldBeAlone() {
        String chosen =
                Cli.run("report", "-f", "md", "--cluster", "cluster-b", FLEET).out();
        assertTrue(
                chosen.startsWith("# dmreport: 2026-11-26 00:00:00Z to 2026-11-26 23:30:00Z in cluster cluster-b\n"),
                chosen.lines().findFirst().orElse(""));
        assertFalse(chosen.contains("cluster-a"));
        assertFalse(chosen.contains("## Fleet"));
        Cli.Result none = Cli.run("report", "-f", "md", "--cluster", "cluster-z", FLEET);
        assertEquals(
                "dmreport: warning: --cluster 'cluster-z': no document of this cluster was read: the report "
                        + "shows none of it",
                none.err().lines().findFirst().orElseThrow());
    }

    @Test
    void contradictingCapturesOfOneClusterAreFindingsNotDrops() {
        JsonNode both = checkJson(FLEET, OTHER);
        List<JsonNode> conflicts = both.get("findings")
                .valueStream()
                .filter(f -> f.get("rule").asString().equals("conflicting-captures"))
                .toList();
        assertFalse(conflicts.isEmpty());
        for (JsonNode c : conflicts) {
            assertEquals("cluster-a", c.get("cluster").asString());
            // The place is the document set aside, the evidence the one kept: both are named.
            assertTrue(c.get("input").asString().startsWith("target/fleet-test/root/cluster-a/"), c.toString());
            assertTrue(c.get("evidence").get("kept").asString().startsWith("target/fleet-test/other/cluster-a/"));
        }
        // Every subtask of cluster-a disagrees, and cluster-b is untouched.
        assertEquals(
                6,
                conflicts.stream()
                        .filter(c -> !c.get("task").asString().isEmpty())
                        .count());
        assertEquals(
                12,
                both.get("findings")
                        .valueStream()
                        .filter(f -> f.get("cluster").asString().equals("cluster-b"))
                        .count());
    }

    @Test
    void theClusterCanBeNamedByPatternOrByInput() {
        JsonNode byPattern = checkJson("--cluster-pattern", "root/(?<cluster>[^/]+)-[ab]/", FLEET);
        assertEquals(Map.of("cluster", 12L + countConflicts(byPattern)), warningsByCluster(byPattern));
        assertTrue(countConflicts(byPattern) > 0, "two clusters named alike contradict each other");
        JsonNode perInput = checkJson("--cluster-per-input", FLEET + "/cluster-a", FLEET + "/cluster-b/");
        assertEquals(Map.of(FLEET + "/cluster-a", 12L, FLEET + "/cluster-b", 12L), warningsByCluster(perInput));
        Cli.Result bad = Cli.run("check", "--cluster-pattern", "(", FLEET);
        assertEquals(2, bad.code());
        assertEquals(
                "dmreport: --cluster-pattern '(' is not a regular expression: missing closing )",
                bad.err().lines().findFirst().orElseThrow());
    }

    private static long countConflicts(JsonNode check) {
        return check.get("findings")
                .valueStream()
                .filter(f -> f.get("rule").asString().equals("conflicting-captures"))
                .count();
    }

    /** The README's query over the tables of two runs, one per cluster, gives every task of both, the worst first. */
    @Test
    void theReadmesFleetQueryRunsInDuckDb() throws IOException, SQLException {
        Path runs = dir.resolve("runs");
        for (String cluster : List.of("cluster-a", "cluster-b")) {
            assertEquals(
                    0,
                    Cli.run(
                                    "report",
                                    "-f",
                                    "csv",
                                    "--cluster",
                                    cluster,
                                    "-o",
                                    runs.resolve(cluster).toString(),
                                    FLEET)
                            .code());
        }
        String readme = Files.readString(Path.of("src/site/markdown/reference.md"));
        String block = readme.substring(
                readme.indexOf("<!-- fleet-query:start -->"), readme.indexOf("<!-- fleet-query:end -->"));
        String query = block.substring(block.indexOf("```sql\n") + 7, block.lastIndexOf("```"))
                .replace("'*/tasks.csv'", "'" + runs.toAbsolutePath() + "/*/tasks.csv'")
                .replace(";", "");
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString("cluster") + " " + result.getString("task") + " "
                        + result.getString("latest_status").split(" ")[0] + " " + result.getLong("captures_in_error")
                        + "/" + result.getLong("captures"));
            }
        }
        assertEquals(
                List.of(
                        "cluster-a orders Running 6/48",
                        "cluster-b orders Running 6/48",
                        "cluster-a billing Running 3/45",
                        "cluster-b billing Running 3/45"),
                rows);
    }

    @Test
    void outputsAreTheSameBytesOnAnyThreadCount() throws IOException {
        Path one = dir.resolve("one");
        Path many = dir.resolve("many");
        assertEquals(1, everyFormat(1, one));
        assertEquals(1, everyFormat(4, many));
        try (Stream<Path> files = Files.list(one)) {
            for (Path file : files.sorted().toList()) {
                assertEquals(
                        Files.readString(file),
                        Files.readString(many.resolve(file.getFileName())),
                        file.getFileName().toString());
            }
        }
        assertEquals(
                Cli.run("check", "-f", "sarif", "--threads", "1", FLEET, OTHER).out(),
                Cli.run("check", "-f", "sarif", "--threads", "3", FLEET, OTHER).out());
    }

    /** The exit code of a report of the fleet in every format into {@code dir}, on {@code threads}. */
    private static int everyFormat(int threads, Path dir) {
        return Cli.run(
                        "report",
                        "-f",
                        "html,md,csv,json",
                        "--threads",
                        String.valueOf(threads),
                        "--fail-on",
                        "warning",
                        "-o",
                        dir.toString(),
                        FLEET,
                        OTHER)
                .code();
    }
}
