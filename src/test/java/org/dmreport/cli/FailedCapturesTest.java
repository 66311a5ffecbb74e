package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Half-written and failed captures, as a daily cron job meets them: a truncated capture is one finding
 * at its path's time whose effect on the exit code follows --fail-on and --severity; dmctl's own
 * failure text (the master unreachable) is a failed capture, not unreadable input.
 */
class FailedCapturesTest {

    @TempDir
    Path dir;

    /** The samples, with {@code extra} written at {@code relative} among them. */
    private Path samplesWith(String relative, String extra) throws IOException {
        Path root = dir.resolve("captures");
        try (Stream<Path> folders = Files.list(Path.of("samples/captures"))) {
            for (Path folder : folders.toList()) {
                Path copy = Files.createDirectories(
                        root.resolve(folder.getFileName().toString()));
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        Files.copy(f, copy.resolve(f.getFileName()));
                    }
                }
            }
        }
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, extra);
        return root;
    }

    @Test
    void aTruncatedCaptureLetsTheDailyReportFinishAndFailsTheCheck() throws IOException {
        String whole = Files.readString(Path.of("samples/captures/2026-11-26T12-00-00Z/query-status.json"));
        Path captures = samplesWith("2026-11-26T23-55-00Z/query-status.json", whole.substring(0, whole.length() / 2));
        Path out = dir.resolve("out");
        Cli.Result report =
                Cli.run("report", "-f", "md", "-o", out.resolve("report.md").toString(), captures.toString());
        assertEquals(0, report.code(), report.err());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("2026-11-26T23-55-00Z/query-status.json"), md);
        Cli.Result check = Cli.run("check", captures.toString());
        assertEquals(3, check.code(), check.err());
        Cli.Result lowered = Cli.run("check", "--severity", "unreadable-input=warning", captures.toString());
        assertEquals(0, lowered.code(), lowered.err());
        Cli.Result strictReport = Cli.run("report", "-f", "md", "-o", "-", "--fail-on", "error", captures.toString());
        assertEquals(3, strictReport.code(), "a report asked to fail on errors fails on the unreadable capture");
    }

    @Test
    void dmctlsFailureTextIsAFailedCaptureOfTheWholeCluster() throws IOException {
        Path captures = samplesWith(
                "2026-11-26T23-55-00Z/query-status.json",
                "can not query orders task's status(in sources [mysql-01 mysql-02 mysql-03])\n"
                        + "Error: rpc error: code = Unavailable desc = connection refused\n");
        Cli.Result status =
                Cli.run("status", captures.resolve("2026-11-26T23-55-00Z").toString());
        assertEquals(0, status.code(), status.err());
        assertTrue(
                status.out()
                        .contains(
                                "query failed: can not query orders task's status(in sources [mysql-01 "
                                        + "mysql-02 mysql-03]); Error: rpc error: code = Unavailable desc = connection refused"),
                status.out());
        Cli.Result check = Cli.run("check", "-f", "json", "--fail-on", "warning", captures.toString());
        assertEquals(1, check.code(), check.err());
        assertTrue(check.out().contains("\"rule\" : \"master-unreachable\""), check.out());
        assertFalse(check.out().contains("\"rule\" : \"unreadable-input\""), check.out());
        Cli.Result report = Cli.run("report", "-f", "md", "-o", "-", captures.toString());
        assertTrue(
                report.out().contains("- Cause: `master-unreachable` the DM master did not answer query-status"),
                report.out());
    }
}
