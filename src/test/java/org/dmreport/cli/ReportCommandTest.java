package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dmreport report}: every format on the samples, outputs, narrowing, templates, hostile content. */
class ReportCommandTest {

    static final String CAPTURES = "samples/captures";
    static final String HOSTILE = "src/test/resources/reports/hostile";

    @TempDir
    Path dir;

    private Map<String, String> report(String... extra) throws IOException {
        Path out = dir.resolve("report-" + System.nanoTime());
        String[] args = new String[extra.length + 4];
        args[0] = "report";
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[extra.length + 1] = "-f";
        args[extra.length + 2] = "html,md,csv,json";
        args[extra.length + 3] = "-o=" + out;
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.code(), result.err());
        Map<String, String> files = new TreeMap<>();
        try (var list = Files.list(out)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    /**
     * Captures outside --since/--until are never opened (an unreadable one there is not reported),
     * except the last before --since, which gives each series its state at the start.
     */
    @Test
    void inputsOutsideTheWindowAreNotOpenedButTheLastCaptureBeforeItIs() throws IOException {
        for (String time : List.of(
                "2026-11-26T09-00-00Z",
                "2026-11-26T10-00-00Z",
                "2026-11-26T11-00-00Z",
                "2026-11-26T12-00-00Z",
                "2026-11-26T13-00-00Z")) {
            Files.createDirectories(dir.resolve("in/" + time));
            Files.copy(
                    Path.of(CAPTURES, "2026-11-26T00-00-00Z/query-status-billing.json"),
                    dir.resolve("in/" + time + "/query-status.json"));
        }
        Files.writeString(dir.resolve("in/2026-11-26T09-00-00Z/broken.json"), "{not json");
        Files.writeString(dir.resolve("in/2026-11-26T13-00-00Z/broken.json"), "{not json");
        Cli.Result result = Cli.run(
                "report",
                "-f",
                "json",
                "--since",
                "2026-11-26T10:30:00Z",
                "--until",
                "2026-11-26T12:00:00Z",
                dir.resolve("in").toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.err().contains("checked 3 documents in 3 files"), result.err());
        assertTrue(result.out().contains("\"fromUtc\" : \"2026-11-26T11:00:00Z\""), result.out());
    }

    @Test
    void relativeWindowsAndDaysInTheZone() {
        // The samples are of 2026-11-26, before any day these tests run on: a day back reads only the last capture.
        Cli.Result dayBack = Cli.run("report", "-f", "md", "--since", "1d", CAPTURES);
        assertEquals(0, dayBack.code(), dayBack.err());
        assertTrue(dayBack.err().contains("checked 2 documents in 2 files"), dayBack.err());
        assertTrue(dayBack.err().startsWith("dmreport: warning: no capture lies between "), dayBack.err());
        assertTrue(dayBack.out().contains(" · no capture with a known time in view · "), dayBack.out());
        // --until before every capture is the mirror of --since after every one: a warning, not "no file".
        Cli.Result before = Cli.run("report", "-f", "md", "--until", "2000-01-01T00:00:00Z", CAPTURES);
        assertEquals(0, before.code(), before.err());
        assertTrue(before.err().startsWith("dmreport: warning: no capture lies in the window"), before.err());
        assertFalse(before.err().contains("no query-status document found"), before.err());
        Cli.Result all = Cli.run("report", "-f", "md", "--since", "36500d", "--until", "1h", CAPTURES);
        assertTrue(all.err().contains("checked 141 documents in 141 files"), all.err());
        // 2026-11-26 in Shanghai ends at 16:00 UTC.
        Cli.Result shanghai =
                Cli.run("report", "-f", "json", "--until", "2026-11-26", "--zone", "Asia/Shanghai", CAPTURES);
        assertTrue(shanghai.out().contains("\"untilUtc\" : \"2026-11-26T15:30:00Z\""), shanghai.out());
        Cli.Result bad = Cli.run("report", "-f", "md", "--since", "yesterday", CAPTURES);
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("dmreport: --since yesterday: write 2026-11-27T07:00:00Z"), bad.err());
    }

    @Test
    void reportFoldsRepeatedFindingsWithinTheWindowAndCountsTheSameAsEach() throws IOException {
        Path flood = dir.resolve("flood");
        assertEquals(
                0,
                Cli.run("generate", "-o", flood.toString(), "--captures", "20", "--interval", "PT1M", "--as-documented")
                        .code());
        Path folded = dir.resolve("folded");
        Path each = dir.resolve("each");
        Cli.run(
                "report",
                "-f",
                "csv,json",
                "-o",
                folded.toString(),
                "--since",
                "2026-11-26T00:05:00Z",
                flood.toString());
        Cli.run(
                "report",
                "-f",
                "csv,json",
                "-o",
                each.toString(),
                "--each",
                "--since",
                "2026-11-26T00:05:00Z",
                flood.toString());
        List<String> rows = Files.readAllLines(folded.resolve("findings.csv"));
        assertTrue(rows.get(0).endsWith(",occurrences,last_captured_at,incident"), rows.get(0));
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(Files.readString(folded.resolve("findings.csv"))))
                .getRecords();
        assertTrue(
                records.stream().allMatch(r -> r.get("captured_at").compareTo("2026-11-26T00:05:00Z") >= 0),
                "folded within the window");
        assertTrue(
                records.stream()
                        .anyMatch(r -> r.get("occurrences").equals("15")
                                && r.get("last_captured_at").equals("2026-11-26T00:19:00Z")),
                String.join("\n", rows));
        int occurrences = records.stream()
                .mapToInt(r -> Integer.parseInt(r.get("occurrences")))
                .sum();
        assertTrue(occurrences > records.size());
        assertEquals(
                occurrences, Files.readAllLines(each.resolve("findings.csv")).size() - 1);
        String overview = "\"warnings\" : " + occurrences;
        assertTrue(Files.readString(folded.resolve("report.json")).contains(overview), overview);
        assertTrue(Files.readString(each.resolve("report.json")).contains(overview), overview);
    }

    private Map<String, String> samples() throws IOException {
        return report(CAPTURES);
    }

    /**
     * The timeline tells the samples' story without a table: the hour mysql-02 did not answer is
     * drawn as no data, not as Running; the lock, the lag, the stall and the silence are bands
     * under their subtasks, each linking to its line in "What happened".
     */
    @Test
    void theTimelineDrawsWhatNobodyObservedAndEveryEpisode() throws IOException {
        String html = samples().get("report.html");
        String billing = html.substring(
                html.indexOf("<section id=\"task-billing\""), html.indexOf("<section id=\"task-orders\""));
        assertTrue(
                billing.contains(
                        "<rect class=\"seg unobserved\" x=\"824.9\" y=\"66\" width=\"53.6\" height=\"16\">"
                                + "<title>not observed from 2026-11-26 20:00:00Z until 2026-11-26 21:30:00Z: source mysql-02 did not answer</title>"),
                billing);
        assertFalse(
                billing.contains("<title>Running from 2026-11-26 00:00:00Z until 2026-11-26 22:30:00Z</title></rect>"
                        + "<rect class=\"pat Running\" x=\"110\" y=\"66\""),
                "mysql-02 is not Running through its silence");
        assertEquals(
                3,
                billing.split("class=\"mark gone\"", -1).length - 1,
                "one ✕ per subtask where the stopped task disappears, then the gone hatch");
        List<String> kinds = new ArrayList<>();
        Matcher band = Pattern.compile(
                        "<a href=\"#(incident-inc-[0-9a-f]{10})\"><title>([a-z ]+) from [^<]+</title><rect class=\"band ([a-z-]+)\"")
                .matcher(billing);
        while (band.find()) {
            assertTrue(
                    html.contains("<article class=\"incident\" id=\"" + band.group(1) + "\""),
                    "a band links to its incident: " + band.group(1));
            kinds.add(band.group(2) + "/" + band.group(3));
        }
        assertEquals(
                List.of(
                        "lock blocked/lock-blocked",
                        "lock blocked/lock-blocked",
                        "source not answering/source-silent",
                        "stalled/stalled",
                        "relay paused/relay-paused",
                        "lagging/lagging",
                        "stalled/stalled",
                        "lagging/lagging"),
                kinds);
        assertTrue(billing.contains("<figcaption>secondsBehindMaster</figcaption>"));
        assertTrue(billing.contains("<text class=\"threshold\""));
    }

    /** A gap between captures longer than twice the usual interval is drawn as one, never bridged by a stage. */
    @Test
    void aGapBetweenCapturesIsDrawnAsNoData() throws IOException {
        Path captures = dir.resolve("gap");
        assertEquals(
                0,
                Cli.run("generate", "--captures", "12", "-o", captures.toString())
                        .code());
        for (String time : List.of("02-00-00", "02-30-00", "03-00-00", "03-30-00")) {
            try (var files = Files.list(captures.resolve("2026-11-26T" + time + "Z"))) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(captures.resolve("2026-11-26T" + time + "Z"));
        }
        String html = Cli.run("report", "-f", "html", captures.toString()).out();
        assertTrue(
                html.contains("<title>not observed from 2026-11-26 02:00:00Z until 2026-11-26 04:00:00Z: no capture "
                        + "for 2h30m (usually every 30m)</title>"),
                html);
        assertTrue(html.contains("<title>Running from 2026-11-26 00:00:00Z until 2026-11-26 02:00:00Z</title>"));
    }

    @Test
    void htmlOnTheSamples() throws IOException {
        Approvals.verify(samples().get("report.html"));
    }

    @Test
    void markdownOnTheSamples() throws IOException {
        String md = samples().get("report.md");
        assertTrue(md.length() < 1 << 20);
        Approvals.verify(md);
    }

    @Test
    void jsonOnTheSamples() throws IOException {
        Approvals.verify(samples().get("report.json"));
    }

    @Test
    void csvOnTheSamples() throws IOException {
        Map<String, String> files = samples();
        StringBuilder all = new StringBuilder();
        for (String name : List.of("tasks.csv", "subtasks.csv", "errors.csv", "findings.csv", "incidents.csv")) {
            all.append("== ").append(name).append('\n').append(files.get(name));
        }
        Approvals.verify(all.toString());
    }

    @Test
    void theSameBytesInAnyLocaleAndTimeZone() throws IOException {
        Map<String, String> normal = samples();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            assertEquals(normal, samples());
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            assertEquals(normal, report(CAPTURES, "--threads", "1"));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void hostileContentStaysInert() throws IOException {
        Map<String, String> files = report(HOSTILE);
        String html = files.get("report.html");
        assertEquals(1, html.split("<script>", -1).length - 1, "only the report's own script");
        assertFalse(html.contains("onerror=\"window"), "attributes from a dump are escaped");
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<svg onload"));
        assertFalse(html.contains("href=\"javascript"));
        int columns = -1;
        for (String line : files.get("report.md").split("\n")) {
            if (!line.startsWith("|")) {
                columns = -1;
            } else if (columns < 0) {
                columns = unescapedPipes(line);
            } else {
                assertEquals(columns, unescapedPipes(line), "a table row keeps its shape: " + line);
            }
        }
        for (String name : List.of("tasks.csv", "subtasks.csv", "errors.csv", "findings.csv", "incidents.csv")) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(files.get(name)))) {
                for (String cell : record) {
                    assertFalse(
                            cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@"),
                            name + " has a live formula: " + cell);
                }
            }
        }
        assertTrue(files.get("subtasks.csv").contains("'=HYPERLINK"), "neutralised, not dropped");
    }

    private static int unescapedPipes(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\\') {
                i++;
            } else if (line.charAt(i) == '|') {
                count++;
            }
        }
        return count;
    }

    @Test
    void csvRawKeepsFormulas() throws IOException {
        Path out = dir.resolve("raw");
        assertEquals(
                0,
                Cli.run("report", "-f", "csv", "--csv-raw", "-o", out.toString(), HOSTILE)
                        .code());
        assertTrue(Files.readString(out.resolve("subtasks.csv")).contains(",\"=HYPERLINK"));
    }

    /** An output that cannot be written is said in one line naming the file, not as a bug. */
    @Test
    void anOutputThatCannotBeWrittenIsOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Cli.Result result = Cli.run("report", "-o", file.resolve("report").toString(), CAPTURES);
        assertEquals(4, result.code());
        assertEquals("dmreport: " + file.resolve("report") + ": Not a directory\n", result.err());
    }

    @Test
    void oneFormatGoesToAFileOrStandardOutput() throws IOException {
        Cli.Result md = Cli.run("report", "-f", "md", CAPTURES);
        assertEquals(0, md.code());
        assertTrue(md.out().startsWith("# dmreport: "));
        Path file = dir.resolve("digest.md");
        assertEquals(
                0,
                Cli.run("report", "-f", "md", "-o", file.toString(), CAPTURES).code());
        assertEquals(md.out(), Files.readString(file));
        assertEquals(2, Cli.run("report", CAPTURES).code(), "three formats need a directory");
        assertEquals(2, Cli.run("report", "-f", "csv", "-o", "-", CAPTURES).code());
        assertEquals(
                2,
                Cli.run("report", "-f", "pdf", "-o", dir.toString(), CAPTURES).code());
        assertEquals(
                2,
                Cli.run("report", "--zone", "Mars/Olympus", "-f", "md", CAPTURES)
                        .code());
        assertEquals(
                2,
                Cli.run("report", "--since", "yesterday", "-f", "md", CAPTURES).code());
    }

    @Test
    void theDefaultFormatsAndFileNames() throws IOException {
        Path out = dir.resolve("report");
        Cli.Result result = Cli.run("report", CAPTURES, "-o", out.toString());
        assertEquals(0, result.code(), result.err());
        try (var list = Files.list(out)) {
            assertEquals(
                    List.of(
                            ".dmreport.lock",
                            "errors.csv",
                            "findings.csv",
                            "incidents.csv",
                            "report.html",
                            "report.md",
                            "subtasks.csv",
                            "tasks.csv"),
                    list.map(p -> p.getFileName().toString()).sorted().toList(),
                    "the set, and the folder's lock that a second run would wait on");
        }
    }

    @Test
    void narrowingByTimeAndTask() throws IOException {
        String md = Cli.run(
                        "report",
                        "-f",
                        "md",
                        "--task",
                        "orders",
                        "--since",
                        "2026-11-26T10:00:00Z",
                        "--until",
                        "2026-11-26T12:00:00Z",
                        CAPTURES)
                .out();
        assertTrue(md.contains("| orders |"));
        assertFalse(md.contains("| billing |"));
        assertTrue(
                md.contains("2026-11-26 10:00:00Z to 2026-11-26 12:00:00Z"),
                md.lines().findFirst().orElse(""));
        assertTrue(md.contains("paused-with-error"));
        assertFalse(md.contains("relay-paused"), "15:00 is outside the window");
    }

    @Test
    void timesInTheAskedZone() {
        String md = Cli.run("report", "-f", "md", "--zone", "Asia/Shanghai", CAPTURES)
                .out();
        assertTrue(md.startsWith("# dmreport: 2026-11-26 08:00:00 +08:00 to 2026-11-27 07:30:00 +08:00"), md);
    }

    @Test
    void noWallClockUnlessAsked() throws IOException {
        assertFalse(Cli.run("report", "-f", "md", CAPTURES).out().contains("generated"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"report", "-f", "md", CAPTURES},
                new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true, StandardCharsets.UTF_8),
                new PrintWriter(new ByteArrayOutputStream(), true),
                false,
                Map.of("SOURCE_DATE_EPOCH", "1764201600"));
        assertEquals(0, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("generated 2025-11-27T00:00:00Z"));
        assertTrue(Cli.run("report", "-f", "md", "--timestamp", CAPTURES).out().contains(" · generated 20"));
    }

    @Test
    void templatesCanBeOverriddenByName() throws IOException {
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(
                templates.resolve("report.md.ftl"),
                "Daily DM report: ${report.overview.tasks?size} tasks," + " ${report.overview.warnings} warnings\n");
        Cli.Result result = Cli.run("report", "-f", "md", "--templates", templates.toString(), CAPTURES);
        assertEquals(0, result.code(), result.err());
        assertEquals("Daily DM report: 2 tasks, 12 warnings\n", result.out());
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndValue() throws IOException {
        Path templates = dir.resolve("broken");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("report.md.ftl"), "line one\n${report.nosuchthing.deeper}\n");
        Cli.Result missing = Cli.run("report", "-f", "md", "--templates", templates.toString(), CAPTURES);
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("dmreport: template report.md.ftl, line 2: "), missing.err());
        assertTrue(missing.err().contains("report.nosuchthing"), missing.err());
        assertFalse(missing.err().contains("\tat "), "no FreeMarker stack dump");
        Files.writeString(templates.resolve("report.md.ftl"), "<#if>\n");
        Cli.Result syntax = Cli.run("report", "-f", "md", "--templates", templates.toString(), CAPTURES);
        assertEquals(2, syntax.code());
        assertTrue(syntax.err().startsWith("dmreport: template report.md.ftl, line 1: "), syntax.err());
    }

    @Test
    void slackOnTheSamples() {
        Cli.Result result = Cli.run("report", "-f", "slack", "-o", "-", CAPTURES);
        assertEquals(0, result.code(), result.err());
        Approvals.verify(result.out());
    }

    @Test
    void aTemplateThatRecursesWithoutEndIsATemplateError() throws IOException {
        Path templates = dir.resolve("recursive");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("report.md.ftl"), "<#macro m><@m/></#macro><@m/>\n");
        Cli.Result result = Cli.run("report", "-f", "md", "--templates", templates.toString(), CAPTURES);
        assertEquals(2, result.code(), result.err());
        assertEquals(
                "dmreport: template report.md.ftl: recursion too deep (a macro, function or include that calls itself "
                        + "without end)",
                result.err().lines().findFirst().orElseThrow());
    }

    /**
     * The files are made side by side, the tables while the template renders, yet a template that
     * fails leaves the folder as it was: no table in place, no temporary file, yesterday's report kept.
     */
    @Test
    void aTemplateErrorPutsNoFileInPlace() throws IOException {
        Path templates = dir.resolve("broken");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("report.md.ftl"), "${report.nosuchthing.deeper}\n");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.md"), "yesterday's\n");
        for (String threads : List.of("1", "3")) {
            Cli.Result result = Cli.run(
                    "report",
                    "-f",
                    "csv",
                    "-f",
                    "md",
                    "--threads",
                    threads,
                    "--templates",
                    templates.toString(),
                    "-o",
                    out.toString(),
                    CAPTURES);
            assertEquals(2, result.code(), result.err());
            assertTrue(result.err().startsWith("dmreport: template report.md.ftl, line 1: "), result.err());
            try (var listed = Files.list(out)) {
                assertEquals(
                        List.of(".dmreport.lock", "report.md"),
                        listed.map(p -> p.getFileName().toString()).sorted().toList());
            }
            assertEquals("yesterday's\n", Files.readString(out.resolve("report.md")));
        }
        Cli.Result fixed = Cli.run("report", "-f", "csv", "-f", "md", "-o", out.toString(), CAPTURES);
        assertEquals(0, fixed.code(), fixed.err());
        try (var listed = Files.list(out)) {
            assertEquals(7, listed.count(), "five tables, the digest and the folder's lock");
        }
    }

    @Test
    void failOnIsNeverByDefaultForReports() {
        String errors = "src/test/resources/rules/synced-but-behind/fires";
        assertEquals(0, Cli.run("report", "-f", "md", errors).code());
        assertEquals(
                1, Cli.run("report", "-f", "md", "--fail-on", "error", errors).code());
    }
}
