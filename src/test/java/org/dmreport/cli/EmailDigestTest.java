package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.approvaltests.Approvals;
import org.dmreport.report.view.ReportModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mail digest survives its trip: one file of inline styles and tables, no style sheet, CSS
 * variables, SVG, script or details, at most 100 KB whatever the input, and nothing caniemail's data
 * says the mail clients people use do not support (Outlook for Windows degrades some styles, but
 * supports every feature used, so no content is lost).
 */
class EmailDigestTest {

    private static final Path NODE_TOOLS = Path.of("src/test/node");
    private static final List<String> CLIENTS =
            List.of("gmail.desktop-webmail", "outlook.outlook-com", "apple-mail.macos", "outlook.windows");
    private static final int LIMIT = 100 * 1024;

    @TempDir
    Path dir;

    private Path email(String name, String... inputs) throws IOException {
        Path out = dir.resolve(name + ".html");
        List<String> args = new ArrayList<>(List.of("report", "-f", "email", "-o", out.toString()));
        args.addAll(List.of(inputs));
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out);
        assertTrue(html.length() <= LIMIT, name + ": " + html.length() + " bytes");
        for (String absent : List.of("<style", "var(--", "<svg", "<script", "<details", "class=\"")) {
            assertFalse(html.contains(absent), name + " holds " + absent);
        }
        return out;
    }

    @Test
    void theSamplesDigestIsApproved() throws IOException {
        Approvals.verify(Files.readString(email("samples", ReportCommandTest.CAPTURES)));
    }

    @Test
    void everyDigestPassesCaniemailAndStaysUnder100Kb() throws Exception {
        Path day = dir.resolve("day");
        assertEquals(
                0,
                Cli.run(
                                "generate",
                                "-o",
                                day.toString(),
                                "--captures",
                                "1440",
                                "--interval",
                                "PT1M",
                                "--tasks",
                                "4",
                                "--sources",
                                "6")
                        .code());
        Path fleet = dir.resolve("fleet");
        assertEquals(
                0,
                Cli.run("generate", "--clusters", "40", "--captures", "3", "-o", fleet.toString())
                        .code());
        Path many = dir.resolve("many");
        assertEquals(
                0,
                Cli.run("generate", "-o", many.toString(), "--tasks", "300", "--sources", "3", "--captures", "3")
                        .code());
        List<String> files = new ArrayList<>();
        files.add(email("samples", ReportCommandTest.CAPTURES).toString());
        files.add(email("day", day.toString()).toString());
        files.add(email("fleet", fleet.toString()).toString());
        files.add(email("many", many.toString()).toString());
        files.add(email("hostile", "src/test/resources/reports/hostile").toString());
        String many300 = Files.readString(dir.resolve("many.html"));
        assertTrue(many300.contains("… and " + (300 - ReportModel.EMAIL.tasks()) + " more tasks"), "lists are capped");

        assertTrue(
                Files.isRegularFile(NODE_TOOLS.resolve("node_modules/caniemail/package.json")),
                "caniemail is needed: bin/test installs it (npm ci in src/test/node)");
        List<String> command = new ArrayList<>(
                List.of("node", NODE_TOOLS.resolve("caniemail-check.mjs").toString()));
        command.addAll(CLIENTS);
        command.add("--");
        command.addAll(files);
        Path output = dir.resolve("caniemail.txt");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "caniemail did not finish");
        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), said);
        assertEquals(
                files.size() * CLIENTS.size(),
                said.lines().filter(l -> l.endsWith(": ok")).count(),
                said);
    }
}
