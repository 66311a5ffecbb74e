package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.dmreport.input.schema.DocumentSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DM OpenAPI's status documents as captures: every spec shape read without a problem, what is
 * no status refused in one line, the samples written by the API telling the story dmctl's tell, and
 * both kinds in one capture folder.
 */
class ApiInputTest {

    private static final Path SHAPES = Path.of("src/test/resources/api/shapes");
    private static final Path REFUSED = Path.of("src/test/resources/api/refused");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** Each shape alone (a capture of its own), status and check: the approved text pins the mapping. */
    @Test
    void everySpecShapeIsReadAsAStatus() throws IOException {
        StringBuilder seen = new StringBuilder();
        for (Path file : files(SHAPES)) {
            byte[] bytes = Files.readAllBytes(file);
            Cli.Result status = Cli.runWithStdin(bytes, "status", "--captured-at", "2026-12-01T00:00:00Z", "-");
            Cli.Result check = Cli.runWithStdin(bytes, "check", "--captured-at", "2026-12-01T00:00:00Z", "-");
            assertEquals(0, status.code(), file + ": " + status.err());
            assertTrue(check.code() <= 1, file + ": " + check.out() + check.err());
            for (String unwanted : List.of("unreadable-input", "schema", "unknown-key", "missing-keys", "key-case")) {
                assertFalse(check.out().contains("[" + unwanted), file + " raised " + unwanted + ": " + check.out());
            }
            seen.append("== ")
                    .append(file.getFileName())
                    .append('\n')
                    .append(status.out())
                    .append(check.out());
        }
        Approvals.verify(seen.toString());
    }

    @Test
    void whatIsNoStatusIsRefusedInOneLineEach() throws IOException {
        Cli.Result check = Cli.run("check", REFUSED.toString());
        assertEquals(ExitCode.UNREADABLE.code(), check.code());
        List<String> lines = check.out()
                .lines()
                .filter(l -> l.contains("[unreadable-input]"))
                .toList();
        assertEquals(files(REFUSED).size(), lines.size(), check.out());
        Approvals.verify(String.join("\n", lines));
    }

    @Test
    void aDocumentAgainstItsSchemaIsASchemaFinding() {
        String noWorker = "{\"total\":1,\"data\":[{\"name\":\"orders\",\"source_name\":\"mysql-01\","
                + "\"stage\":\"Running\",\"unit\":\"Sync\",\"sync_status\":{\"total_events\":\"12\"}}]}";
        Cli.Result check = Cli.runWithStdin(
                noWorker.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "check",
                "--captured-at",
                "2026-12-01T00:00:00Z",
                "-");
        assertTrue(check.out().contains("worker_name"), check.out());
        assertTrue(check.out().contains("/data/0/sync_status/total_events"), check.out());
    }

    @Test
    void everyPublishedSchemaIsPrinted() {
        for (String name : DocumentSchema.keys()) {
            Cli.Result schema = Cli.run("schema", name);
            assertEquals(0, schema.code(), name);
            JsonNode tree = JSON.readTree(schema.out());
            assertEquals(
                    "https://json-schema.org/draft/2020-12/schema",
                    tree.get("$schema").asString(),
                    name);
        }
        Cli.Result wrong = Cli.run("schema", "api");
        assertEquals(ExitCode.USAGE.code(), wrong.code());
        assertTrue(wrong.err().contains("api-task-status"), wrong.err());
    }

    /**
     * The samples generated as the API answers give the same incidents, and the same findings and
     * task statuses but for what the API does not print (a relay's error, a subtask's error code,
     * the relay beside a task's status): the approved file lists those differences.
     */
    @Test
    void theApiSamplesTellDmctlsStory(@TempDir Path dir) throws IOException {
        Path dm = dir.resolve("dmctl");
        Path api = dir.resolve("api");
        assertEquals(0, Cli.run("generate", "-o", dm.toString()).code());
        assertEquals(0, Cli.run("generate", "--api", "-o", api.toString()).code());

        assertEquals(incidents(dm), incidents(api));
        List<String> differences = new ArrayList<>();
        Set<String> dmStatuses = statuses(dm);
        Set<String> apiStatuses = statuses(api);
        assertEquals(dmStatuses.size(), apiStatuses.size());
        dmStatuses.stream().filter(s -> !apiStatuses.contains(s)).forEach(s -> differences.add("status dmctl: " + s));
        apiStatuses.stream().filter(s -> !dmStatuses.contains(s)).forEach(s -> differences.add("status api:   " + s));

        List<JsonNode> dmFindings = findings(dm);
        List<JsonNode> apiFindings = findings(api);
        assertEquals(dmFindings.size(), apiFindings.size());
        assertEquals(12, apiFindings.size());
        for (int k = 0; k < dmFindings.size(); k++) {
            JsonNode a = dmFindings.get(k);
            JsonNode b = apiFindings.get(k);
            for (String key : List.of("rule", "severity", "capturedAt", "task", "source", "incident")) {
                assertEquals(a.path(key), b.path(key), key + " of finding " + k);
            }
            if (!a.get("message").equals(b.get("message"))) {
                differences.add(a.get("rule").asString() + "\n  dmctl: "
                        + a.get("message").asString() + "\n  api:   "
                        + b.get("message").asString());
            }
        }
        Approvals.verify(String.join("\n", differences));
    }

    /** dmctl's summary and the API's documents saved in one folder at one time are one capture. */
    @Test
    void dmctlAndApiDocumentsOfOneTimeAreOneCapture(@TempDir Path dir) throws IOException {
        Path dm = dir.resolve("dmctl");
        Path api = dir.resolve("api");
        Cli.run("generate", "-o", dm.toString(), "--captures", "12");
        Cli.run("generate", "--api", "-o", api.toString(), "--captures", "12");
        try (Stream<Path> folders = Files.list(dm)) {
            for (Path folder : folders.toList()) {
                Path from = api.resolve(folder.getFileName());
                Files.copy(from.resolve("tasks.json"), folder.resolve("tasks.json"));
                Files.copy(from.resolve("sources.json"), folder.resolve("sources.json"));
            }
        }
        Cli.Result check = Cli.run("check", "-f", "json", dm.toString());
        assertFalse(check.out().contains("conflicting-captures"), check.out());
        assertFalse(check.out().contains("unreadable-input"), check.out());
        Cli.Result status = Cli.run("status", dm.resolve("2026-11-26T00-00-00Z").toString());
        assertTrue(
                status.out().contains("tasks.json#1 full DM >= 6.4 from api-task-list, task status recomputed"),
                status.out());
        assertTrue(status.out().contains("query-status.json#1 summary"), status.out());
        Cli.Result json = Cli.run(
                "status", "-f", "json", dm.resolve("2026-11-26T00-00-00Z").toString());
        assertTrue(json.out().contains("\"printedBy\" : \"api-task-list\""), json.out());
    }

    /** Each capture's time, task and status, from {@code status -f json}. */
    private static Set<String> statuses(Path dir) {
        Set<String> seen = new TreeSet<>();
        JsonNode root =
                JSON.readTree(Cli.run("status", "-f", "json", dir.toString()).out());
        for (JsonNode snapshot : root.get("snapshots")) {
            for (JsonNode task : snapshot.get("tasks")) {
                seen.add(snapshot.get("capturedAt").asString() + " "
                        + task.get("taskName").asString() + " "
                        + task.get("taskStatus").asString());
            }
        }
        return seen;
    }

    private static List<String> incidents(Path dir) {
        JsonNode root = JSON.readTree(
                Cli.run("report", "-q", "-f", "json", "-o", "-", dir.toString()).out());
        List<String> seen = new ArrayList<>();
        for (JsonNode incident : root.get("incidents")) {
            seen.add(
                    incident.get("id").asString() + " " + incident.path("start").asString() + " "
                            + incident.path("end").asString());
        }
        assertFalse(seen.isEmpty());
        return seen;
    }

    /** The findings by time, rule, task and source: the two kinds of capture name their files apart. */
    private static List<JsonNode> findings(Path dir) {
        List<JsonNode> findings = new ArrayList<>();
        JSON.readTree(Cli.run("check", "-f", "json", dir.toString()).out())
                .get("findings")
                .forEach(findings::add);
        findings.sort(Comparator.comparing((JsonNode f) ->
                f.path("capturedAt").asString() + " " + f.path("rule").asString() + " "
                        + f.path("task").asString() + " " + f.path("source").asString()));
        return findings;
    }
}
