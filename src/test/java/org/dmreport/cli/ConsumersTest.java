package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Each output read by the tool its users feed it to, as that tool reads it: the Markdown digest
 * by cmark-gfm in its default safe mode, the JSON Schemas by Ajv in strict mode, SARIF by
 * Microsoft's SARIF multitool, the CSV tables by DuckDB. bin/test installs the first three (Debian's
 * cmark-gfm; src/test/node); DuckDB is a test dependency.
 */
class ConsumersTest {

    private static final Path NODE_TOOLS = Path.of("src/test/node");
    private static final Path HOSTILE = Path.of("src/test/resources/reports/hostile");

    @TempDir
    Path dir;

    /** Runs a tool, waiting at most two minutes; its standard output and error together, and its exit code. */
    private record Run(int code, String output) {}

    private Run run(String... command) throws IOException, InterruptedException {
        Path output = dir.resolve("tool-output.txt");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
        return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    /** What cmark-gfm, with GitHub's table extension and raw HTML left out (its default), makes of {@code md}. */
    private String cmark(String md) throws IOException, InterruptedException {
        Path file = dir.resolve("report.md");
        Files.writeString(file, md);
        Run cmark = run("cmark-gfm", "-e", "table", file.toString());
        assertEquals(0, cmark.code(), cmark.output());
        return cmark.output();
    }

    @Test
    void theMarkdownDigestRendersWholeWithoutRawHtml() throws IOException, InterruptedException {
        Path fleet = dir.resolve("fleet");
        assertEquals(
                0,
                Cli.run("generate", "--clusters", "2", "--seed", "1", "-o", fleet.toString())
                        .code());
        for (String input : List.of("samples/captures", HOSTILE.toString(), fleet.toString())) {
            String md = Cli.run("report", "-f", "md", input).out();
            assertFalse(md.contains("  "), input + ": no double spaces, even where a field is empty");
            String html = cmark(md);
            assertFalse(html.contains("raw HTML omitted"), input + ": " + html);
            assertFalse(html.contains("<script"), input);
            long rows = md.lines()
                    .filter(l -> l.startsWith("|") && !l.startsWith("|---"))
                    .count();
            assertEquals(rows, html.split("<tr>", -1).length - 1, input + ": every table row is a row");
        }
        String hostile = cmark(Cli.run("report", "-f", "md", HOSTILE.toString()).out());
        assertTrue(hostile.contains("line1 \u21b5 line2"), "a line break in a cell shows, in safe mode too");
    }

    @Test
    void theJsonSchemasCompileUnderAjvStrictMode() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("node", NODE_TOOLS.resolve("ajv-strict.mjs").toString()));
        for (String kind : List.of("summary", "full")) {
            Path schema = dir.resolve(kind + ".schema.json");
            Files.writeString(schema, Cli.run("schema", kind).out());
            command.add(schema.toString());
        }
        Run ajv = run(command.toArray(String[]::new));
        assertEquals(0, ajv.code(), ajv.output());
        assertEquals(2, ajv.output().lines().filter(l -> l.endsWith(": ok")).count(), ajv.output());
    }

    @Test
    void sarifPassesTheMultitoolsValidation() throws IOException, InterruptedException {
        // A baseline of the samples' findings, and one entry nothing matches: results of every
        // baselineState (unchanged, new from the hostile input, absent) go through the validation.
        Path baseline = dir.resolve("baseline.txt");
        Cli.run("check", "--write-baseline", baseline.toString(), "--fail-on", "never", "samples/captures");
        Files.writeString(
                baseline,
                Files.readString(baseline) + "0123456789abcdef paused-with-error t s /p 2026-01-01T00:00:00Z\n");
        Path sarif = dir.resolve("check.sarif");
        Cli.run(
                "check",
                "--baseline",
                baseline.toString(),
                "-f",
                "sarif",
                "-o",
                sarif.toString(),
                "--fail-on",
                "never",
                "--docs-url",
                "https://git.example.com/dm/dmreport/blob/main/README.md",
                "samples/captures",
                HOSTILE.toString());
        JsonNode driver = new ObjectMapper()
                .readTree(sarif.toFile())
                .get("runs")
                .get(0)
                .get("tool")
                .get("driver");
        assertEquals(
                "https://git.example.com/dm/dmreport/blob/main/README.md",
                driver.get("informationUri").asString());
        assertEquals(
                "https://git.example.com/dm/dmreport/blob/main/README.md#rule-duplicate-key",
                driver.get("rules")
                        .valueStream()
                        .filter(r -> r.get("id").asString().equals("duplicate-key"))
                        .findFirst()
                        .orElseThrow()
                        .get("helpUri")
                        .asString());
        Path log = dir.resolve("validation.sarif");
        Run multitool = run(
                NODE_TOOLS.resolve("node_modules/.bin/sarif-multitool").toString(),
                "validate",
                "-o",
                log.toString(),
                sarif.toString());
        assertEquals(0, multitool.code(), multitool.output());
        JsonNode results =
                new ObjectMapper().readTree(log.toFile()).get("runs").get(0).get("results");
        assertEquals(0, results.size(), "errors and warnings of the multitool: " + results);
        Set<String> states = new TreeSet<>();
        new ObjectMapper()
                .readTree(sarif.toFile())
                .get("runs")
                .get(0)
                .get("results")
                .forEach(r -> states.add(r.get("baselineState").asString()));
        assertEquals(Set.of("absent", "new", "unchanged"), states);
    }

    @Test
    void duckDbReadsTheCsvTablesWithTheirTypes() throws IOException, SQLException {
        Path out = dir.resolve("tables");
        assertEquals(
                0,
                Cli.run("report", "-f", "csv", "-o", out.toString(), "samples/captures")
                        .code());
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = db.createStatement()) {
            String subtasks = "read_csv('" + out.resolve("subtasks.csv") + "')";
            try (ResultSet types = sql.executeQuery("SELECT typeof(progress_pct), typeof(captured_at), typeof(rows) "
                    + "FROM " + subtasks + " WHERE progress_pct IS NOT NULL LIMIT 1")) {
                assertTrue(types.next(), "some subtask reports its progress");
                assertEquals("DOUBLE", types.getString(1));
                assertEquals("TIMESTAMP WITH TIME ZONE", types.getString(2));
                assertEquals("BIGINT", types.getString(3));
            }
            try (ResultSet loaded =
                    sql.executeQuery("SELECT count(*), max(progress_pct) FROM " + subtasks + " WHERE unit = 'Load'")) {
                assertTrue(loaded.next());
                assertTrue(loaded.getLong(1) > 0);
                assertTrue(loaded.getDouble(2) <= 100.0);
            }
        }
    }
}
