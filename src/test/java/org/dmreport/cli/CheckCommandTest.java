package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.approvaltests.Approvals;
import org.dmreport.TestFiles;
import org.dmreport.findings.Fingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code dmreport check}: outputs, exit codes and their precedence, tuning, baselines. */
class CheckCommandTest {

    private static final String CAPTURES = "samples/captures";
    private static final String CLEAN = "src/test/resources/rules/paused-with-error/quiet";
    private static final String ERRORS = "src/test/resources/rules/synced-but-behind/fires";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void textOnTheSamples() {
        Cli.Result result = Cli.onSamplesAndDocs("check", "--time-from", "path");
        assertEquals(3, result.code(), "an unreadable document outranks findings");
        Approvals.verify(result.out() + "--- stderr\n" + result.err());
    }

    @Test
    void theCaptureSeriesHasNoErrorAndItsStoryInWarnings() {
        Cli.Result result = Cli.run("check", CAPTURES);
        assertEquals(0, result.code(), result.out());
        assertTrue(
                result.err()
                        .endsWith("checked 141 documents in 141 files: 0 errors, 12 warnings, 0 infos, 0 unreadable\n"),
                result.err());
    }

    @Test
    void jsonOnTheCaptures() {
        Approvals.verify(Cli.run("check", "-f", "json", CAPTURES).out());
    }

    @Test
    void junitOnTheCapturesIsValidJunitXml() throws Exception {
        String captures = Cli.run("check", "-f", "junit", "--fail-on", "warning", CAPTURES)
                .out();
        validateJunit(captures);
        // 141 files, 12 findings: a testcase per rule and place found, none per file.
        int rules = Cli.run("rules", "-f", "json").out().split("\"id\"", -1).length - 1;
        int testcases = captures.split("<testcase ", -1).length - 1;
        assertTrue(testcases <= rules + 12, testcases + " testcases for " + rules + " rules");
        String xml = Cli.run(
                        "check",
                        "-f",
                        "junit",
                        "--time-from",
                        "path",
                        ERRORS,
                        "src/test/resources/rules/paused-with-error/fires",
                        "src/test/resources/rules/unreadable-input/fires")
                .out();
        validateJunit(xml);
        Approvals.verify(xml);
    }

    @Test
    void sarifOnTheCapturesIsValidSarif() throws IOException {
        String sarif = Cli.run("check", "-f", "sarif", CAPTURES).out();
        validateSarif(sarif);
        Approvals.verify(sarif);
    }

    /**
     * GitLab Code Quality on the samples and on findings of every severity: valid against the format
     * as GitLab documents it, every fingerprint unique, the severities mapped, baselined ones left out.
     */
    @Test
    void codeClimateIsGitLabsCodeQualityFormat() throws IOException {
        String captures = Cli.run("check", "-f", "codeclimate", CAPTURES).out();
        validateCodeClimate(captures);
        Approvals.verify(captures);
        String errors = Cli.run(
                        "check",
                        "-f",
                        "codeclimate",
                        "--time-from",
                        "path",
                        ERRORS,
                        CLEAN,
                        "src/test/resources/rules/unreadable-input/fires",
                        "src/test/resources/rules/key-case/fires")
                .out();
        validateCodeClimate(errors);
        JsonNode issues = JSON.readTree(errors);
        Set<String> fingerprints = new HashSet<>();
        Set<String> severities = new TreeSet<>();
        for (JsonNode issue : issues) {
            assertTrue(fingerprints.add(issue.get("fingerprint").asString()), issue.toString());
            severities.add(issue.get("severity").asString());
        }
        assertEquals(Set.of("critical", "info"), severities);
    }

    static void validateCodeClimate(String json) throws IOException {
        validateAgainst("/codeclimate/gitlab-code-quality.schema.json", json);
    }

    @Test
    void githubAnnotationsOnTheCaptures() {
        Approvals.verify(Cli.run("check", "-f", "github", CAPTURES).out());
    }

    static void validateJunit(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        javax.xml.validation.Schema schema = factory.newSchema(
                Path.of("src/test/resources/junit/junit-report.xsd").toFile());
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static void validateSarif(String sarif) throws IOException {
        validateAgainst("/schema/sarif-schema-2.1.0.json", sarif);
    }

    /** Validates {@code json} against the draft-07 JSON Schema at {@code resource}: no error. */
    static void validateAgainst(String resource, String json) throws IOException {
        String schemaText;
        try (InputStream in = CheckCommandTest.class.getResourceAsStream(resource)) {
            schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Schema schema =
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaText);
        assertEquals(
                List.of(),
                schema.validate(JSON.readTree(json)).stream()
                        .map(Object::toString)
                        .toList());
    }

    @Test
    void exitCodesAndTheirPrecedence() throws IOException {
        assertEquals(0, Cli.run("check", CLEAN).code());
        assertEquals(1, Cli.run("check", ERRORS).code());
        assertEquals(0, Cli.run("check", "--fail-on", "never", ERRORS).code());
        Path mixed = dir.resolve("mixed");
        Files.createDirectories(mixed);
        Files.copy(Path.of(ERRORS, "q.json"), mixed.resolve("q.json"));
        Files.writeString(mixed.resolve("broken.json"), "{\"result\": ");
        assertEquals(3, Cli.run("check", mixed.toString()).code());
        assertEquals(2, Cli.run("check", "--fail-on", "fatal", CLEAN).code());
        assertEquals(2, Cli.run("check", "--disable", "no-such-rule", CLEAN).code());
        assertEquals(
                2,
                Cli.run("check", "--severity", "synced-but-behind=loud", CLEAN).code());
        assertEquals(2, Cli.run("check", "-f", "text", "-f", "json", CLEAN).code(), "two formats on stdout");
        assertEquals(2, Cli.run("check", "--stall-after", "soon", CLEAN).code());
    }

    @Test
    void warningsFailOnlyWhenAsked() {
        String warnings = "src/test/resources/rules/replication-lag/fires";
        assertEquals(0, Cli.run("check", warnings).code());
        assertEquals(1, Cli.run("check", "--fail-on", "warning", warnings).code());
    }

    @Test
    void rulesCanBeTuned() {
        assertEquals(
                0, Cli.run("check", "--disable", "synced-but-behind", ERRORS).code());
        assertEquals(
                0,
                Cli.run("check", "--severity", "synced-but-behind=info", ERRORS).code());
        assertEquals(
                0, Cli.run("check", "--category", "health,transition", ERRORS).code());
        assertEquals(
                1,
                Cli.run("check", "--category", "health", "--enable", "synced-but-behind", ERRORS)
                        .code());
        String unknown = "src/test/resources/rules/unknown-key/fires";
        assertEquals(0, Cli.run("check", unknown).code());
        assertEquals(1, Cli.run("check", "--strict", unknown).code(), "--strict makes unknown keys errors");
    }

    @Test
    void valuesTheModelCannotHoldAreFindingsNotInternalErrors() throws IOException {
        Path exponent = dir.resolve("exponent.json");
        Files.writeString(
                exponent,
                "{\"result\": true, \"msg\": \"\", \"tasks\": [{\"taskName\": \"t\", "
                        + "\"taskStatus\": \"Running\", \"sources\": [1e2147483648, -1e0000000000000000000000001]}]}");
        Cli.Result huge = Cli.run("check", "-f", "json", exponent.toString());
        assertEquals(1, huge.code(), huge.err());
        assertEquals(2, JSON.readTree(huge.out()).get("summary").get("errors").asInt(), huge.out());
        Path surrogate = dir.resolve("surrogate.json");
        Files.writeString(
                surrogate,
                "{\"result\": true, \"msg\": \"\", \"tasks\": [{\"taskName\": \"a\\ud800b\", "
                        + "\"taskStatus\": \"Running\", \"sources\": [\"s1\"]}]}");
        Cli.Result lone = Cli.run("check", surrogate.toString());
        assertEquals(0, lone.code(), lone.err());
        assertTrue(lone.out().contains("warning [value-type] \"a\\ud800b\" holds a lone surrogate"), lone.out());
        Cli.Result status = Cli.run("status", surrogate.toString());
        assertTrue(status.out().contains("a\uFFFDb: Running"), status.out());
        Path report = dir.resolve("report");
        assertEquals(
                0,
                Cli.run("report", "-o", report.toString(), surrogate.toString()).code());
        assertTrue(Files.readString(report.resolve("tasks.csv")).contains("a\uFFFDb"));
    }

    @Test
    void outputThatCannotBeWrittenIsExitFour() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", "-f", "json", CLEAN}, InputStream.nullInputStream(), full, err);
        assertEquals(4, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("dmreport: standard output: cannot be written"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--color|x|--color must be auto, always or never, not 'x'",
                "--fail-on|fatal|--fail-on must be error, warning, info or never, not 'fatal'",
                "--time-from|ctime|--time-from must be auto, path or mtime, not 'ctime'",
                "--transitions|DM|--transitions must be documented or dm, not 'DM'",
                "--blocked-after|soon|--blocked-after must be a duration such as 90s, 10m, 1h30m, 7d or PT10M (at most 36500d), not 'soon'"
            })
    void aValueOutsideAnOptionsWordsNamesTheOptionAndItsWords(String option, String value, String message) {
        Cli.Result bad = Cli.run("check", option, value, CLEAN);
        assertEquals(2, bad.code());
        assertEquals("dmreport: " + message, bad.err().lines().findFirst().orElseThrow());
    }

    /** Every numeric option is bounded where it is read: no extreme reaches a pool, an array or an Instant. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "check|--threads|2147483647|--threads must be from 1 to ",
                "status|--threads|100000000|--threads must be from 1 to ",
                "report|--threads|100000|--threads must be from 1 to ",
                "check|--threads|0|--threads must be from 1 to ",
                "check|--max-input-size|9223372036854775807|--max-input-size must be from 1 to 1073741824",
                "check|--stall-after|9223372036854775807s|--stall-after must be a duration such as",
                "check|--lag-threshold|99999999999999999999d|--lag-threshold must be a duration such as",
                "report|--since|9223372036854775807s|--since 9223372036854775807s: write 2026-11-27T07:00:00Z",
                "report|--until|+999999999-12-31|--until +999999999-12-31: write 2026-11-27T07:00:00Z",
                "report|--lookback|99999999999999999999d|--lookback 99999999999999999999d: write a duration such as 7d",
                "check|--lookback|soon|--lookback soon: write a duration such as 7d"
            })
    void anExtremeNumberIsAOneLineUsageErrorNamingItsOption(
            String command, String option, String value, String message) {
        Cli.Result bad = command.equals("report")
                ? Cli.run(command, "-f", "md", "-o", "-", option, value, CLEAN)
                : Cli.run(command, option, value, CLEAN);
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().startsWith("dmreport: " + message), bad.err());
        assertEquals(2, bad.err().lines().count(), bad.err());
    }

    @Test
    void aBadGlobIsAUsageError() {
        Cli.Result bad = Cli.run("check", "--include", "[", CLEAN);
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("dmreport: --include '[' is not a glob: Missing ']"), bad.err());
    }

    @Test
    void aRetiredRuleIdMeansTheRuleThatReplacedIt() {
        String restart = "src/test/resources/rules/subtask-recreated/fires";
        assertEquals(
                0,
                Cli.run("check", "--fail-on", "warning", "--disable", "unit-went-backwards", restart)
                        .code());
        assertEquals(1, Cli.run("check", "--fail-on", "warning", restart).code());
        Cli.Result raised = Cli.run("check", "--severity", "unit-went-backwards=error", restart);
        assertEquals(1, raised.code(), raised.err());
        assertTrue(raised.out().contains("error [subtask-recreated]"), raised.out());
    }

    @Test
    void formatsAndOutputsPairUp() throws IOException {
        Path junit = dir.resolve("out/report.xml");
        Path sarif = dir.resolve("out/report.sarif");
        Cli.Result result = Cli.run(
                "check",
                "-f",
                "junit",
                "-o",
                junit.toString(),
                "-f",
                "sarif",
                "-o",
                sarif.toString(),
                "-f",
                "text",
                ERRORS);
        assertEquals(1, result.code());
        assertTrue(result.out().contains("error [synced-but-behind]"), result.out());
        assertTrue(Files.readString(junit).contains("<failure"));
        assertTrue(Files.readString(sarif).contains("\"ruleId\" : \"synced-but-behind\""));
    }

    @Test
    void baselinesAcceptKnownFindingsAndReportStaleOnes() throws IOException {
        Path baseline = dir.resolve("baseline.txt");
        assertEquals(
                1,
                Cli.run("check", "--write-baseline", baseline.toString(), ERRORS)
                        .code());
        String written = Files.readString(baseline);
        assertTrue(
                written.lines()
                        .anyMatch(l -> l.matches("[0-9a-f]{16} synced-but-behind t1 mysql-01 "
                                + "/sources/0/subTaskStatus/0/sync/synced")),
                written);
        Cli.Result accepted = Cli.run("check", "--baseline", baseline.toString(), ERRORS);
        assertEquals(0, accepted.code(), accepted.err());
        assertTrue(accepted.err().contains("(1 baselined)"), accepted.err());
        Cli.Result stale = Cli.run("check", "--baseline", baseline.toString(), CLEAN);
        assertEquals(0, stale.code());
        assertTrue(stale.err().contains("matched no finding (stale)"), stale.err());
        Files.writeString(baseline, "not a fingerprint\n");
        assertEquals(
                2, Cli.run("check", "--baseline", baseline.toString(), CLEAN).code());
    }

    /**
     * A baseline accepts what is known, not what will happen: health findings are accepted by their
     * episode, so the same day checks clean against its own baseline and the next day's episodes of
     * the same kinds on the same subtasks are new; SARIF says which, and an entry of the old form
     * for a health rule is stale with a hint.
     */
    @Test
    void aBaselineAcceptsTodaysEpisodesNotTomorrows() throws Exception {
        Path baseline = dir.resolve("baseline.txt");
        Cli.Result written = Cli.run("check", "--write-baseline", baseline.toString(), CAPTURES);
        assertTrue(
                written.err()
                        .contains("0 document and consistency finding(s), accepted while they last; 12 health "
                                + "episode(s), accepted one by one"),
                written.err());
        assertTrue(
                Files.readString(baseline)
                        .lines()
                        .anyMatch(l ->
                                l.matches("[0-9a-f]{16} paused-with-error orders mysql-02 \\S+ 2026-11-26T10:30:00Z")),
                Files.readString(baseline));
        Cli.Result same = Cli.run("check", "--fail-on", "warning", "--baseline", baseline.toString(), CAPTURES);
        assertEquals(0, same.code(), same.err());
        assertTrue(same.err().contains("(12 baselined)"), same.err());
        Path nextDay = dir.resolve("next-day");
        assertEquals(
                0,
                Cli.run("generate", "-o", nextDay.toString(), "--start", "2026-11-27T00:00:00Z")
                        .code());
        Cli.Result later =
                Cli.run("check", "--fail-on", "warning", "--baseline", baseline.toString(), nextDay.toString());
        assertEquals(1, later.code(), later.err());
        assertTrue(later.err().contains("12 warnings, 0 infos, 0 unreadable\n"), later.err());
        assertFalse(later.err().contains("baselined)"), later.err());
        String sarif = Cli.run("check", "-f", "sarif", "--baseline", baseline.toString(), nextDay.toString())
                .out();
        validateSarif(sarif);
        JsonNode results = JSON.readTree(sarif).get("runs").get(0).get("results");
        Map<String, Integer> states = new TreeMap<>();
        results.forEach(r -> states.merge(r.get("baselineState").asString(), 1, Integer::sum));
        assertEquals(Map.of("new", 12, "absent", 12), states);
        // An entry of the old form, fingerprinted without the episode's start, names no episode.
        String[] fields = Files.readString(baseline)
                .lines()
                .filter(l -> l.contains(" paused-with-error "))
                .findFirst()
                .orElseThrow()
                .split(" ");
        String old = Fingerprints.of(fields[1], fields[2], fields[3], fields[4]) + " " + fields[1] + " " + fields[2]
                + " " + fields[3] + " " + fields[4];
        Path oldForm = Files.writeString(dir.resolve("old.txt"), old + "\n");
        Cli.Result outdated = Cli.run("check", "--baseline", oldForm.toString(), CAPTURES);
        assertTrue(outdated.err().contains("matched no finding (stale)"), outdated.err());
        assertTrue(
                outdated.err().contains("1 of them accept a health finding without naming its episode"),
                outdated.err());
    }

    /**
     * check and status take the report's window: an episode still open when the window starts is
     * in it (CI checking the last hour of an archive sees what is going on), one that ended before is
     * not, and status shows only the captures in the window.
     */
    @Test
    void checkAndStatusTakeTheWindow() {
        Cli.Result check =
                Cli.run("check", "--since", "2026-11-26T11:00:00Z", "--until", "2026-11-26T12:00:00Z", CAPTURES);
        assertEquals(0, check.code(), check.err());
        assertEquals(
                List.of("paused-with-error", "replication-lag"),
                check.out()
                        .lines()
                        .map(l -> l.replaceAll(".*\\[([a-z-]+)].*", "$1"))
                        .toList());
        assertTrue(check.err().contains("checked 12 documents in 12 files"), check.err());
        Cli.Result status =
                Cli.run("status", "--since", "2026-11-26T11:00:00Z", "--until", "2026-11-26T11:30:00Z", CAPTURES);
        assertTrue(
                status.out()
                        .lines()
                        .filter(l -> l.startsWith("2026"))
                        .allMatch(l -> l.startsWith("2026-11-26T11:00:00Z") || l.startsWith("2026-11-26T11:30:00Z")),
                status.out());
        assertEquals(2, Cli.run("check", "--since", "yesterday-ish", CAPTURES).code());
        Cli.Result none = Cli.run("check", "--until", "2000-01-01T00:00:00Z", CAPTURES);
        assertEquals(0, none.code(), none.err());
        assertTrue(
                none.err()
                        .startsWith("dmreport: warning: no capture lies in the window (--since/--until): 141 "
                                + "input(s) found lie outside it"),
                none.err());
    }

    /** A hostile or mistaken baseline is one clean line naming the file (and line): never a hang, a trace or raw bytes. */
    @Test
    void aHostileBaselineIsAOneLineUsageError() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'#', ' ', 'o', 'k', '\n', 'a', (byte) 0xff, '\n'});
        assertBaselineRefused(bad, bad + ":2: not UTF-8 text");
        assertBaselineRefused(dir, dir + ": is a directory, not a baseline file");
        Path escape = Files.writeString(dir.resolve("escape.txt"), "\u001b]0;owned\u0007\u001b[2J\n");
        assertBaselineRefused(
                escape, escape + ":1: expected a 16-digit fingerprint, found '\\x1b]0;owned\\x07\\x1b[2J'");
        Path longLine = Files.writeString(dir.resolve("long.txt"), "x".repeat(100_000));
        assertBaselineRefused(longLine, longLine + ":1: a line longer than 4096 characters: not a baseline file");
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertBaselineRefused(fifo, fifo + ": not a regular file (a named pipe, socket or device), not read");
        assertBaselineRefused(dir.resolve("none"), dir.resolve("none") + ": no such file");
    }

    private static void assertBaselineRefused(Path baseline, String message) {
        Cli.Result result = Cli.run("check", "--baseline", baseline.toString(), CLEAN);
        assertEquals(2, result.code(), result.err());
        assertEquals(
                "dmreport: --baseline " + message,
                result.err().lines().findFirst().orElseThrow());
        assertFalse(result.err().chars().anyMatch(c -> c < 0x20 && c != '\n'), result.err());
    }

    @Test
    void colourOnlyWhereItBelongs() {
        assertTrue(Cli.run("check", "--color", "always", ERRORS).out().contains("\u001b[31;1merror\u001b[0m"));
        assertFalse(Cli.run("check", ERRORS).out().contains("\u001b["), "not a terminal");
        assertFalse(Cli.run("check", "--color", "always", "-f", "json", ERRORS)
                .out()
                .contains("\u001b["));
    }

    @Test
    void jsonSummaryCountsWhatWasFound() throws IOException {
        JsonNode summary =
                JSON.readTree(Cli.run("check", "-f", "json", ERRORS).out()).get("summary");
        assertEquals(1, summary.get("errors").asInt());
        assertTrue(summary.get("failed").asBoolean());
        assertEquals("error", summary.get("failOn").asString());
    }

    @Test
    void theCatalogueAndTheSchemasArePrinted() throws IOException {
        Cli.Result rules = Cli.run("rules", "-f", "json");
        assertEquals(0, rules.code());
        assertTrue(JSON.readTree(rules.out()).size() >= 39);
        for (String kind : List.of("summary", "full")) {
            JsonNode schema = JSON.readTree(Cli.run("schema", kind).out());
            assertEquals(
                    "https://json-schema.org/draft/2020-12/schema",
                    schema.get("$schema").asString());
        }
        assertEquals(2, Cli.run("schema", "partial").code());
    }

    @Test
    void theRulesDocumentCarriesTheRuleTable() throws IOException {
        String readme = Files.readString(Path.of("src/site/markdown/rules.md"));
        String table = Cli.run("rules", "-f", "md").out();
        int start = readme.indexOf("<!-- rules:start -->\n");
        int end = readme.indexOf("<!-- rules:end -->");
        assertTrue(start >= 0 && end > start, "rules.md has the rules markers");
        assertEquals(
                table,
                readme.substring(start + "<!-- rules:start -->\n".length(), end),
                "rules.md's rule table differs from 'dmreport rules -f md'");
    }

    @Test
    void everyRealOutputsFindingsAreReviewed() throws IOException {
        StringBuilder out = new StringBuilder();
        try (var files = Files.list(TestFiles.realOutputs())) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Cli.Result r =
                        Cli.run("check", "--lenient", "--time-from", "path", "--fail-on", "never", file.toString());
                out.append("== ")
                        .append(file.getFileName())
                        .append('\n')
                        .append(r.out().replace(TestFiles.realOutputs().toString(), "CORPUS"));
            }
        }
        Approvals.verify(out.toString());
    }

    @Test
    void noGenuineCaptureGetsAnErrorConsistencyFinding() throws IOException {
        for (String capture : List.of(
                "v1.0-alpha-2018-detail-pascalcase-docs-cn.json",
                "v1.0-worker-load-stuck-running-fragment-issue-dm-708.json",
                "v2.0-detail-incremental-single-source-docs.json",
                "v2.0-detail-running-two-sources-docs.json",
                "v2.0-faq-relay-local-fragment-docs.json",
                "v2.0-list-quickstart-docs.json",
                "v2.0-paused-schema-tracker-error-docs-dm-pr227.json",
                "v2.0-paused-shard-ddl-inconsistent-docs-dm-pr227.json",
                "v2.0-relay-query-status-s-docs.json",
                "v2.0-source-result-false-grpc-timeout-issue-dm-1805.json",
                "v2.0.5-subtask-relay-local-lag-fragment-pr-dm-1848.json",
                "v5.3-list-worker-offline-missing-task-issue-tiflow-3348.json",
                "v6.0-detail-two-shards-tidbcloud-docs.json",
                "v6.0-optimistic-conflict-fragment-docs-cn-pr8714.json",
                "v6.5-detail-k8s-operator-community-blog.json")) {
            Path file = TestFiles.realOutputs().resolve(capture);
            JsonNode findings = JSON.readTree(Cli.run("check", "--lenient", "-f", "json", file.toString())
                            .out())
                    .get("findings");
            for (JsonNode f : findings) {
                assertFalse(
                        f.get("severity").asString().equals("error")
                                && f.get("category").asString().equals("consistency"),
                        capture + ": " + f);
            }
        }
    }

    @Test
    void theSummaryLineCountsDocumentsAndFiles() {
        assertEquals(
                "checked 1 document in 1 file: 1 error, 0 warnings, 0 infos, 0 unreadable\n",
                Cli.run("check", ERRORS).err());
    }

    /**
     * A flood: documents written as the documentation shows them raise the same findings in every
     * capture. Each is listed once with its count and last place, every format agrees, and --each
     * lists every occurrence; counts and the exit code are the same either way.
     */
    @Test
    void findingsRepeatedInConsecutiveCapturesAreFoldedUnlessEachIsAsked() throws IOException {
        Path flood = dir.resolve("flood");
        Cli.Result generated = Cli.run(
                "generate", "-o", flood.toString(), "--captures", "30", "--interval", "PT1M", "--as-documented");
        assertEquals(0, generated.code(), generated.err());
        Cli.Result folded = Cli.run("check", "--fail-on", "warning", flood.toString());
        Cli.Result each = Cli.run("check", "--fail-on", "warning", "--each", flood.toString());
        assertEquals(1, folded.code());
        assertEquals(each.code(), folded.code());
        assertEquals(each.err(), folded.err(), "the same counts");
        List<String> lines = folded.out()
                .lines()
                .filter(l -> l.contains("[missing-keys-for-version]"))
                .toList();
        assertEquals(14, lines.size(), folded.out());
        assertTrue(
                lines.get(0).endsWith(" (in 30 captures, 2026-11-26T00:00:00Z to 2026-11-26T00:29:00Z)"), lines.get(0));
        assertEquals(
                326,
                each.out()
                        .lines()
                        .filter(l -> l.contains("[missing-keys-for-version]"))
                        .count());
        JsonNode json =
                JSON.readTree(Cli.run("check", "-f", "json", flood.toString()).out());
        JsonNode first = json.get("findings").get(0);
        assertEquals(30, first.get("occurrences").asInt());
        assertEquals("2026-11-26T00:29:00Z", first.get("last").get("capturedAt").asString());
        assertEquals(
                JSON.readTree(Cli.run("check", "-f", "json", "--each", flood.toString())
                                .out())
                        .get("summary"),
                json.get("summary"));
        JsonNode sarif =
                JSON.readTree(Cli.run("check", "-f", "sarif", flood.toString()).out());
        JsonNode result = sarif.get("runs").get(0).get("results").get(0);
        assertEquals(30, result.get("properties").get("occurrences").asInt());
        assertTrue(
                result.get("relatedLocations")
                        .get(0)
                        .get("physicalLocation")
                        .get("artifactLocation")
                        .get("uri")
                        .asString()
                        .contains("/2026-11-26T00-29-00Z/query-status-"),
                result.toString());
        assertEquals(
                14,
                Cli.run("check", "-f", "github", flood.toString())
                        .out()
                        .lines()
                        .filter(l -> l.contains("missing-keys-for-version"))
                        .count());
    }
}
