package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.dmreport.cli.Cli;
import org.dmreport.generate.ScenarioSettings;
import org.dmreport.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same generated corpus gives the same bytes read on one thread or on many. */
class ThreadCountTest {

    @TempDir
    Path dir;

    /** 90 per-minute captures of 4 tasks on 6 sources. */
    private Path corpus() throws IOException {
        Path corpus = dir.resolve("corpus");
        GenerateJob.run(
                new ScenarioSettings(7, 90, 4, 6, Duration.ofMinutes(1), Instant.parse("2026-11-26T00:00:00Z")),
                corpus);
        return corpus;
    }

    @Test
    void checkAndReportDoNotDependOnTheThreadCount() throws IOException {
        Path corpus = corpus();
        String one = Cli.run("check", "-f", "json", "--threads", "1", corpus.toString())
                .out();
        String many = Cli.run("check", "-f", "json", "--threads", "8", corpus.toString())
                .out();
        assertEquals(one, many);
        assertEquals(
                Cli.run("report", "-f", "json", "--threads", "1", corpus.toString())
                        .out(),
                Cli.run("report", "-f", "json", "--threads", "6", corpus.toString())
                        .out());
        assertEquals(
                Cli.run("status", "--threads", "1", corpus.toString()).out(),
                Cli.run("status", "--threads", "5", corpus.toString()).out());
    }

    /** The files of every report format, subtasks.csv formatted in batches on a pool (2,160 rows: several rounds of them). */
    @Test
    void reportFilesDoNotDependOnTheThreadCount() throws IOException {
        Path corpus = corpus();
        Path one = dir.resolve("one");
        Path many = dir.resolve("many");
        String every = String.join(",", ReportFormat.keys());
        Cli.run("report", "--threads", "1", "-f", every, "-o", one.toString(), corpus.toString());
        Cli.run("report", "--threads", "3", "-f", every, "-o", many.toString(), corpus.toString());
        List<String> names = Arrays.stream(ReportFormat.values())
                .flatMap(f -> f.files().stream())
                .sorted()
                .toList();
        for (String name : names) {
            assertEquals(Files.readString(one.resolve(name)), Files.readString(many.resolve(name)), name);
        }
        assertTrue(Files.readAllLines(one.resolve("subtasks.csv")).size() > 2_000);
    }

    /**
     * Problems found while reading come out the same too: a batch of damaged documents (long
     * numbers and strings that trip the reading limits part-way through a parser's buffers, byte
     * flips, truncations, gzip), made from the samples by a seeded generator, read in every mode.
     */
    @Test
    void damagedBatchesReadTheSameOnAnyThreadCount() throws IOException {
        Path batch = dir.resolve("damaged");
        Random random = new Random(18);
        List<Path> samples;
        try (var files = Files.walk(Path.of("samples/captures"))) {
            samples = files.filter(f -> f.toString().endsWith(".json"))
                    .sorted()
                    .limit(60)
                    .toList();
        }
        for (int i = 0; i < samples.size(); i++) {
            byte[] text = damaged(Files.readAllBytes(samples.get(i)), random);
            Path folder = Files.createDirectories(
                    batch.resolve(samples.get(i).getParent().getFileName()));
            String name = samples.get(i).getFileName().toString();
            if (random.nextInt(4) == 0) {
                var zipped = new ByteArrayOutputStream();
                try (var zip = new GZIPOutputStream(zipped)) {
                    zip.write(text);
                }
                Files.write(folder.resolve(name + ".gz"), zipped.toByteArray());
            } else {
                Files.write(folder.resolve(name), text);
            }
        }
        for (String mode : List.of("--strict", "--lenient", "--time-from=path")) {
            String one = Cli.run("check", "-f", "json", mode, "--threads", "1", batch.toString())
                    .out();
            assertTrue(one.contains("over a reading limit"), "the batch trips a reading limit");
            for (String threads : List.of("2", "8")) {
                assertEquals(
                        one,
                        Cli.run("check", "-f", "json", mode, "--threads", threads, batch.toString())
                                .out(),
                        mode + " on " + threads + " threads");
            }
        }
    }

    private static byte[] damaged(byte[] text, Random random) {
        String s = new String(text, StandardCharsets.UTF_8);
        int at = s.indexOf(':', random.nextInt(s.length())) + 1;
        if (at > 0) {
            String inserted = switch (random.nextInt(4)) {
                case 0 -> " " + "7".repeat(1000 + random.nextInt(5000)) + ",";
                case 1 -> " \"" + "x".repeat((4 << 20) + random.nextInt(1 << 16)) + "\",";
                case 2 -> " 1e" + "9".repeat(random.nextInt(40)) + ",";
                default -> "";
            };
            s = s.substring(0, at) + inserted + s.substring(at);
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int flips = random.nextInt(3); flips > 0; flips--) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return random.nextInt(5) == 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length)) : bytes;
    }
}
