package org.dmreport.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dmreport.analysis.Runner;
import org.dmreport.app.CheckRequest;
import org.dmreport.app.ReadRequest;
import org.dmreport.app.ReportJob;
import org.dmreport.app.ReportRequest;
import org.dmreport.app.ReportScope;
import org.dmreport.app.ReportStyle;
import org.dmreport.app.Requests;
import org.dmreport.app.StatusJob;
import org.dmreport.findings.Baseline;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Severity;
import org.dmreport.model.Problem;
import org.dmreport.report.findings.FindingsView;
import org.dmreport.rules.Rule;
import org.dmreport.rules.RuleCatalog;
import org.dmreport.rules.RuleDescriptor;
import org.dmreport.rules.RuleSelection;
import org.dmreport.rules.RuleSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract every renderer of {@code check}'s findings keeps, whatever its format: on no finding,
 * one, one of every rule at every severity with text that needs escaping, and unreadable inputs,
 * it writes the same bytes every time, a document its consumers parse, no raw control or
 * bidirectional character, and every finding's rule and input and every unreadable input: nothing
 * is dropped in silence. The renderers of {@code status} and every file of {@code report} keep it
 * on what reading real inputs gives.
 */
class RendererContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Characters no output may carry raw: C0 controls but the line feed, DEL, C1, bidirectional controls. */
    private static final Pattern RAW_CONTROL =
            Pattern.compile("[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");
    /** What a message may hold that each format must escape in its own way. */
    private static final String HOSTILE = "<b>&amp;\"quoted\" 'single' | *star* %0A :: \u001b[31mred\u001b[0m"
            + " \u202eevil\u202c\ttab\r\nsecond line \ud83d\ude00 \\ back";

    private static final List<RuleDescriptor> RULES =
            RuleCatalog.all().stream().map(Rule::descriptor).toList();

    record Case(String name, List<Finding> findings, List<Problem> problems) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> everyFormatAndCase() {
        List<Case> cases = List.of(
                new Case("empty", List.of(), List.of()),
                new Case("one", List.of(finding(RULES.get(0), Severity.ERROR, "a.json", "one message")), List.of()),
                new Case("many", many(), List.of()),
                unreadable(
                        new Problem("broken.json", 1, 15, "unexpected end of input"),
                        new Problem("dir/\u202ehostile\u001b.json", 0, 0, HOSTILE)));
        List<Arguments> all = new ArrayList<>();
        for (String format : Renderers.CHECK) {
            for (Case c : cases) {
                all.add(Arguments.of(format, c));
            }
        }
        return all.stream();
    }

    /** Unreadable inputs as a check reports them: each a problem and an {@code unreadable-input} finding. */
    private static Case unreadable(Problem... problems) {
        RuleDescriptor rule = RuleCatalog.byId("unreadable-input").orElseThrow().descriptor();
        List<Finding> findings = new ArrayList<>();
        for (Problem p : problems) {
            findings.add(new Finding(
                    rule.id(),
                    rule.severity(),
                    rule.category(),
                    p.input(),
                    "",
                    0,
                    null,
                    "",
                    p.line(),
                    p.column(),
                    "",
                    "",
                    p.message(),
                    Map.of(),
                    false,
                    1,
                    null,
                    null,
                    ""));
        }
        return new Case("unreadable", findings, List.of(problems));
    }

    /** One finding of every rule, the severities in turn, with hostile text in its message and path. */
    private static List<Finding> many() {
        List<Finding> findings = new ArrayList<>();
        Severity[] severities = Severity.values();
        for (int k = 0; k < RULES.size(); k++) {
            findings.add(
                    finding(RULES.get(k), severities[k % severities.length], "dumps/" + k + "/q\u202es.json", HOSTILE));
        }
        return findings;
    }

    private static Finding finding(RuleDescriptor rule, Severity severity, String input, String message) {
        return new Finding(
                rule.id(),
                severity,
                rule.category(),
                input,
                "",
                1,
                Instant.parse("2026-11-26T00:00:00Z"),
                "/sources/0",
                3,
                5,
                "task-1",
                "mysql-01",
                message,
                Map.of("stage", HOSTILE),
                false,
                1,
                null,
                null,
                "");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyFormatAndCase")
    void everyFindingsRendererKeepsTheContract(String format, Case c) throws Exception {
        FindingsView view = new FindingsView(
                c.findings(),
                c.problems(),
                Stream.concat(
                                c.findings().stream().map(Finding::input),
                                c.problems().stream().map(Problem::input))
                        .distinct()
                        .toList(),
                RULES,
                Severity.ERROR,
                List.of(),
                c.findings().size() + c.problems().size(),
                "1.0.0",
                "");
        Renderer<FindingsView> renderer = Renderers.check(format, false).orElseThrow();
        String out = renderer.render(view);
        assertEquals(out, renderer.render(view), "the same bytes every time");
        assertFalse(RAW_CONTROL.matcher(out).find(), "no raw control character: " + out);
        assertTrue(out.isEmpty() || out.endsWith("\n"), "whole lines");
        switch (format) {
            case "json", "sarif", "codeclimate" -> JSON.readTree(out);
            case "junit" ->
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
            case "github" -> out.lines().forEach(l -> assertTrue(l.startsWith("::"), l));
            default ->
                assertEquals(
                        c.findings().isEmpty(), out.isEmpty(), "text is silent exactly when there is nothing to say");
        }
        for (Finding f : c.findings()) {
            assertTrue(out.contains(f.ruleId()), f.ruleId() + " is shown");
            String input = f.input().startsWith("dir/") ? "hostile" : f.input().replace("\u202e", "");
            assertTrue(out.contains(input.substring(0, Math.min(8, input.length()))), f.input() + " is shown");
        }
        for (Problem p : c.problems()) {
            String shown = p.input().startsWith("dir/") ? "hostile" : p.input();
            assertTrue(out.contains(shown), p.input() + " is shown");
        }
    }

    static Stream<Arguments> everyStatusFormatAndInput() {
        List<Arguments> all = new ArrayList<>();
        for (String format : Renderers.STATUS) {
            for (String input : List.of("", "samples/captures", "src/test/resources/reports/hostile", "pom.xml")) {
                all.add(Arguments.of(format, input));
            }
        }
        return all.stream();
    }

    /** The same contract for {@code status}, on what reading real inputs gives: nothing, many, hostile, unreadable. */
    @ParameterizedTest(name = "{0} on ''{1}''")
    @MethodSource("everyStatusFormatAndInput")
    void everyStatusRendererKeepsTheContract(String format, String input) throws Exception {
        StatusView view = input.isEmpty()
                ? new StatusView(List.of(), List.of())
                : StatusJob.run(Requests.read(input), InputStream::nullInputStream)
                        .view();
        Renderer<StatusView> renderer = Renderers.status(format).orElseThrow();
        String out = renderer.render(view);
        assertEquals(out, renderer.render(view), "the same bytes every time");
        assertFalse(RAW_CONTROL.matcher(out).find(), "no raw control character: " + out);
        assertTrue(out.isEmpty() || out.endsWith("\n"), "whole lines");
        if (format.equals("json")) {
            JsonNode tree = JSON.readTree(out);
            assertEquals(view.snapshots().size(), tree.get("snapshots").size(), "every snapshot");
            assertEquals(view.problems().size(), tree.get("problems").size(), "every problem");
        } else {
            long headers = out.lines().filter(l -> !l.startsWith(" ")).count();
            assertEquals(view.snapshots().size(), headers, "a header line per snapshot");
        }
        if (!input.isEmpty()) {
            assertFalse(view.snapshots().isEmpty() && view.problems().isEmpty(), "the input was read: " + input);
        }
    }

    static Stream<Arguments> everyReportInput() {
        return Stream.of("samples/captures", "src/test/resources/reports/hostile", CONTROLS, "pom.xml")
                .map(Arguments::of);
    }

    /** The hostile capture with a task named with an escape sequence and a right-to-left override. */
    private static final String CONTROLS = "controls";

    private static String input(String name) throws IOException {
        if (!name.equals(CONTROLS)) {
            return name;
        }
        Path capture = Files.createTempDirectory("dmreport-contract").resolve("2026-11-26T10-00-00Z");
        Files.createDirectories(capture);
        String hostile = Files.readString(Path.of("src/test/resources/reports/hostile/2026-11-26T10-00-00Z/q.json"));
        Files.writeString(capture.resolve("q.json"), hostile.replace("ev|l`<b>task</b>", "task\\u202eevil\\u001b[31m"));
        return capture.getParent().toString();
    }

    /**
     * Every file of {@code report}, from what reading real inputs gives (many, hostile, unreadable):
     * written whole, the same bytes twice, JSON that parses, CSV whose rows all have the header's
     * columns, and HTML and Markdown with no raw control or bidirectional character.
     */
    @ParameterizedTest(name = "report of ''{0}''")
    @MethodSource("everyReportInput")
    void everyReportFileKeepsTheContract(String input) throws Exception {
        ReadRequest read = Requests.read(input(input));
        ReportRequest request = new ReportRequest(
                new CheckRequest(read, RuleSelection.defaults(), RuleSettings.DEFAULT, Baseline.empty(), false),
                new ReportScope(Set.of(), Set.of()),
                new ReportStyle(ZoneOffset.UTC, null, false, null),
                ReportFormat.keys(),
                "-",
                null);
        try (ReportJob.Outcome outcome = ReportJob.run(request, InputStream::nullInputStream)) {
            assertEquals(
                    ReportFormat.keys().stream()
                            .flatMap(k -> ReportFormat.of(k).orElseThrow().files().stream())
                            .toList(),
                    List.copyOf(outcome.files().keySet()),
                    "every file of every format");
            for (Map.Entry<String, Output> file : outcome.files().entrySet()) {
                String out = written(file.getValue());
                assertEquals(out, written(file.getValue()), file.getKey() + ": the same bytes every time");
                assertTrue(out.endsWith("\n"), file.getKey() + ": whole lines");
                String name = file.getKey();
                if (name.endsWith(".json")) {
                    JSON.readTree(out);
                    assertFalse(RAW_CONTROL.matcher(out).find(), name);
                } else if (name.endsWith(".csv")) {
                    List<CSVRecord> rows =
                            CSVFormat.RFC4180.parse(new StringReader(out)).getRecords();
                    int columns = rows.get(0).size();
                    rows.forEach(r -> assertEquals(columns, r.size(), name + " row " + r.getRecordNumber()));
                } else {
                    assertFalse(RAW_CONTROL.matcher(out).find(), name);
                }
            }
        }
    }

    private static String written(Output output) throws IOException {
        StringWriter text = new StringWriter();
        assertTrue(output.writeTo(text, Runner.SEQUENTIAL).whole());
        return text.toString();
    }

    static Stream<String> everyRulesFormat() {
        return Renderers.RULES.stream();
    }

    /** The catalogue in every format: every rule, in order, and the same bytes every time. */
    @ParameterizedTest(name = "rules -f {0}")
    @MethodSource("everyRulesFormat")
    void everyRulesRendererKeepsTheContract(String format) throws Exception {
        Renderer<List<RuleDescriptor>> renderer = Renderers.rules(format).orElseThrow();
        String out = renderer.render(RULES);
        assertEquals(out, renderer.render(RULES), "the same bytes every time");
        assertFalse(RAW_CONTROL.matcher(out).find(), "no raw control character");
        assertTrue(out.endsWith("\n"), "whole lines");
        if (format.equals("json")) {
            assertEquals(RULES.size(), JSON.readTree(out).size());
        }
        int at = -1;
        for (RuleDescriptor rule : RULES) {
            int next = out.indexOf(rule.id(), at + 1);
            assertTrue(next > at, rule.id() + " in catalogue order");
            at = next;
        }
    }
}
