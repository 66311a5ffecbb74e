package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dmreport.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Capture times as a new user meets them: copies that lost their times, local times in paths, standard input. */
class CaptureTimesCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FileTime ONE_INSTANT = FileTime.from(Instant.parse("2026-12-07T10:00:00Z"));

    @TempDir
    Path dir;

    /** Copies {@code from}'s files (not folders) into {@code to}, every one with one modification time. */
    private static void copyWithOneMtime(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = Files.copy(f, to.resolve(f.getFileName()));
                Files.setLastModifiedTime(copy, ONE_INSTANT);
            }
        }
    }

    /** The (rule, input file name) pairs of a check's findings. */
    private static Set<String> findings(Cli.Result result) {
        Set<String> pairs = new TreeSet<>();
        JsonNode root = JSON.readTree(result.out());
        for (JsonNode f : root.get("findings")) {
            String input = f.get("input").asString();
            pairs.add(f.get("rule").asString() + " " + input.substring(input.lastIndexOf('/') + 1));
        }
        return pairs;
    }

    /**
     * 26 unrelated pastes checked as one folder after a copy gave them one modification time: each
     * keeps at least the findings it gives alone, and none "conflicts" with another.
     */
    @Test
    void unrelatedFilesThatShareAnMtimeAreNeverMerged() throws IOException {
        Path corpus = dir.resolve("corpus");
        copyWithOneMtime(TestFiles.realOutputs(), corpus);
        Cli.Result together = Cli.run("check", "--lenient", "-f", "json", "--fail-on", "never", corpus.toString());
        Set<String> all = findings(together);
        assertFalse(all.stream().anyMatch(p -> p.startsWith("conflicting-captures ")), all.toString());
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (String alone :
                        findings(Cli.run("check", "--lenient", "-f", "json", "--fail-on", "never", f.toString()))) {
                    if (!all.contains(alone)) {
                        missing.add(alone);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "findings a file gives alone but not in the folder");
        assertTrue(
                together.err()
                        .contains("26 files in 1 folder(s) share the modification time 2026-12-07T10:00:00Z: "
                                + "their capture times were lost"),
                together.err());
    }

    /** The samples copied into 001…048 without -p: no conflicts, and a warning that the times were lost. */
    @Test
    void samplesCopiedWithoutTheirTimesGiveNoConflictsAndSaySo() throws IOException {
        Path copies = dir.resolve("copies");
        List<Path> folders;
        try (Stream<Path> list = Files.list(TestFiles.samples().resolve("captures"))) {
            folders = list.sorted().toList();
        }
        for (int k = 0; k < folders.size(); k++) {
            copyWithOneMtime(folders.get(k), copies.resolve(String.format("%03d", k + 1)));
        }
        Cli.Result result = Cli.run("check", "-f", "json", "--fail-on", "never", copies.toString());
        assertFalse(result.out().contains("conflicting-captures"), result.out());
        assertTrue(
                result.err().contains("141 files in 48 folder(s) share the modification time 2026-12-07T10:00:00Z"),
                result.err());
        Cli.Result status = Cli.run("status", copies.toString());
        assertTrue(status.out().contains("\nunknown-time (shared_mtime) "), status.out());
        Cli.Result oneFolder = Cli.run("status", copies.resolve("001").toString());
        assertTrue(oneFolder.out().startsWith("2026-12-07T10:00:00Z (mtime) "), "one folder's files: one capture");
    }

    /**
     * A series named by local time (date +%F_%H-%M-%S on a host in UTC+8) gives, with --path-zone, the
     * same episodes and durations as the same series named in UTC; without it, one note says UTC was assumed.
     */
    @Test
    void localTimesInPathsAreReadInThePathZone() throws IOException {
        Path utc = dir.resolve("utc");
        Path local = dir.resolve("local");
        try (Stream<Path> list = Files.list(TestFiles.samples().resolve("captures"))) {
            for (Path folder : list.sorted().toList()) {
                String name = folder.getFileName().toString();
                Instant at = Instant.parse(
                        name.substring(0, 13) + ":" + name.substring(14, 16) + ":" + name.substring(17, 19) + "Z");
                String shanghai = java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Asia/Shanghai"))
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss"));
                copyWithOneMtime(folder, utc.resolve(name));
                copyWithOneMtime(folder, local.resolve(shanghai));
            }
        }
        Cli.Result inUtc = Cli.run("check", "-f", "json", "--fail-on", "never", utc.toString());
        Cli.Result zoned =
                Cli.run("check", "-f", "json", "--fail-on", "never", "--path-zone", "Asia/Shanghai", local.toString());
        assertEquals(messages(inUtc), messages(zoned));
        assertFalse(zoned.err().contains("--path-zone"), zoned.err());
        Cli.Result assumed = Cli.run("check", "-f", "json", "--fail-on", "never", local.toString());
        assertEquals(
                1,
                assumed.err().lines().filter(l -> l.contains("are read as UTC")).count(),
                assumed.err());
    }

    private static List<String> messages(Cli.Result result) {
        List<String> messages = new ArrayList<>();
        for (JsonNode f : JSON.readTree(result.out()).get("findings")) {
            messages.add(f.get("rule").asString() + " " + f.get("capturedAt").asString() + " "
                    + f.get("message").asString());
        }
        return messages;
    }

    @Test
    void standardInputCanBeStampedAndStatusSaysWhereEachTimeCameFrom() throws IOException {
        String capture =
                Files.readString(TestFiles.samples().resolve("captures/2026-11-26T00-00-00Z/query-status.json"));
        Cli.Result stamped = Cli.runWithStdin(
                capture.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "status",
                "--captured-at",
                "2026-11-26T09:00:00+08:00",
                "-");
        assertEquals(0, stamped.code(), stamped.err());
        assertTrue(stamped.out().contains("2026-11-26T01:00:00Z (given)"), stamped.out());
        Cli.Result bad = Cli.runWithStdin(
                capture.getBytes(java.nio.charset.StandardCharsets.UTF_8), "status", "--captured-at", "yesterday", "-");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("dmreport: --captured-at yesterday: write 2026-11-27T07:00:00Z"), bad.err());
        Cli.Result fromPath = Cli.run("status", "samples/captures/2026-11-26T00-00-00Z/query-status.json");
        assertTrue(fromPath.out().contains("2026-11-26T00:00:00Z (path)"), fromPath.out());
    }
}
