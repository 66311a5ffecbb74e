package org.dmreport.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/dmreport} as a user runs it, after the jar is packaged. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/dmreport").toAbsolutePath();

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private Run run(Path launcher, Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        return run(command, env, stdin);
    }

    /** Runs the launcher under {@code ulimit -v kib}, as a container or a cautious cron job does. */
    private Run runLimited(long kib, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of("sh", "-c", "ulimit -v " + kib + " && exec sh \"$0\" \"$@\"", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(command, Map.of(), "");
    }

    private Run run(List<String> command, Map<String, String> env, String stdin)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        Path out = dir.resolve("out");
        Path err = dir.resolve("err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 5 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void runsFromAnyDirectoryAndThroughASymbolicLink() throws Exception {
        Path link = dir.resolve("dmreport");
        Files.createSymbolicLink(link, LAUNCHER);
        Run run = run(link, Map.of(), "", "--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("dmreport "), run.out());
    }

    @Test
    void passesStandardInputAndTheExitCodeThrough() throws Exception {
        String list = Files.readString(Path.of("samples/docs/query-status-list.json.example"));
        Run ok = run(LAUNCHER, Map.of(), list, "status", "-");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("test2: Paused"));
        Run bad = run(LAUNCHER, Map.of(), "{", "status", "-");
        assertEquals(3, bad.code());
        assertTrue(bad.err().startsWith("-:1:"), bad.err());
        assertEquals(
                2, run(LAUNCHER, Map.of(), "", "status", "--no-such-option").code());
    }

    /** A JDK home under the test's folder whose bin/java is {@code script}; its path. */
    private Path fakeJava(String script) throws Exception {
        Path java = dir.resolve("old-jdk/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, script);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    @Test
    void refusesJavaOlderThan17WithOneLine() throws Exception {
        Path java = fakeJava("#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        Path home = java.getParent().getParent();
        Run run = run(LAUNCHER, Map.of("JAVA_HOME", home.toString()), "", "--version");
        assertEquals(2, run.code());
        assertEquals("dmreport: Java 17 or newer is needed, " + java + " is version 11\n", run.err());
    }

    @Test
    void readsTheVersionFromTheJdkReleaseFile() throws Exception {
        Path java = fakeJava("#!/bin/sh\necho 'must not be asked' >&2\nexit 1\n");
        Path home = java.getParent().getParent();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"1.8.0_392\"\n");
        Run run = run(LAUNCHER, Map.of("JAVA_HOME", home.toString()), "", "--version");
        assertEquals(2, run.code());
        assertEquals("dmreport: Java 17 or newer is needed, " + java + " is version 1\n", run.err());
    }

    /**
     * The archive made on first use holds picocli too, whose old class format a dynamic archive
     * refuses, and the classes of the commands that did not run first.
     */
    @Test
    void startsFromAClassDataSharingArchiveMadeOnFirstUse() throws Exception {
        Path archive = archiveOf(System.getProperty("java.runtime.version"));
        Files.deleteIfExists(archive);
        assertEquals(0, run(LAUNCHER, Map.of(), "", "--version").code());
        assertTrue(Files.size(archive) > 0);
        Path log = dir.resolve("classes.log");
        Run run = run(LAUNCHER, Map.of("DMREPORT_JAVA_OPTS", "-Xlog:class+load:file=" + log), "", "--version");
        assertEquals(0, run.code(), run.err());
        List<String> picocli = Files.readAllLines(log).stream()
                .filter(l -> l.contains(" picocli.CommandLine "))
                .toList();
        assertEquals(1, picocli.size(), String.join("\n", picocli));
        assertTrue(picocli.get(0).endsWith("source: shared objects file"), picocli.get(0));
        // Made after --version, the archive still serves check and report: the samples trained it.
        for (String command : List.of("check", "report")) {
            Path classes = dir.resolve(command + ".log");
            Path out = dir.resolve(command + ".out");
            Run other = run(
                    LAUNCHER,
                    Map.of("DMREPORT_JAVA_OPTS", "-Xlog:class+load:file=" + classes),
                    "",
                    command,
                    "--fail-on",
                    "never",
                    "-o",
                    out.toString(),
                    Path.of("samples/captures").toAbsolutePath().toString());
            assertEquals(0, other.code(), other.err());
            List<String> ours = Files.readAllLines(classes).stream()
                    .filter(l ->
                            l.contains(" org.dmreport.") || l.contains(" com.networknt.") || l.contains(" freemarker."))
                    .toList();
            assertTrue(ours.size() > 100, command + " loaded " + ours.size());
            assertEquals(
                    List.of(),
                    ours.stream()
                            .filter(l -> !l.endsWith("source: shared objects file"))
                            .filter(l -> !l.contains("$$Lambda$") && !l.contains("/0x"))
                            // FreeMarker probes for Jython, which is absent: that class cannot be linked, so not
                            // archived.
                            .filter(l -> !l.contains(" freemarker.ext.jython."))
                            .toList(),
                    command);
        }
        try (var leftovers = Files.list(archive.getParent())) {
            assertEquals(
                    List.of(),
                    leftovers
                            .map(Path::toString)
                            .filter(n -> n.contains(".jsa."))
                            .toList());
        }
    }

    /** The archive the launcher keeps for the JVM build whose full version is {@code build}. */
    private static Path archiveOf(String build) {
        return Path.of("target/dmreport-" + build.replaceAll("[^A-Za-z0-9._+-]", "_") + ".jsa")
                .toAbsolutePath();
    }

    /**
     * An archive serves only the JVM build that dumped it: another JDK gets its own, beside the first
     * and without a warning from the JVM, and the first JDK's archive is left as it was.
     */
    @Test
    void keepsOneArchivePerJvmBuild() throws Exception {
        Path mine = archiveOf(System.getProperty("java.runtime.version"));
        assertEquals(0, run(LAUNCHER, Map.of(), "", "--version").code());
        long made = Files.getLastModifiedTime(mine).toMillis();
        String real = ProcessHandle.current().info().command().orElseThrow();
        Path java = fakeJava("#!/bin/sh\nexec '" + real + "' \"$@\"\n");
        Path home = java.getParent().getParent();
        Files.writeString(
                home.resolve("release"), "JAVA_VERSION=\"17\"\nJAVA_RUNTIME_VERSION=\"17.0.99+1-other build\"\n");
        Path other = archiveOf("17.0.99+1-other build");
        Files.deleteIfExists(other);
        try {
            for (int i = 0; i < 2; i++) {
                Run run = run(LAUNCHER, Map.of("JAVA_HOME", home.toString()), "", "--version");
                assertEquals(0, run.code(), run.err());
                assertEquals("", run.err());
                assertTrue(Files.size(other) > 0);
            }
            Run again = run(LAUNCHER, Map.of(), "", "--version");
            assertEquals("", again.err());
            assertEquals(made, Files.getLastModifiedTime(mine).toMillis());
        } finally {
            Files.deleteIfExists(other);
        }
    }

    /**
     * Every JDK installed beside the default one (under /usr/lib/jvm, when there is such a folder) gets
     * its archive too and starts from it silently: newer JVMs number the classes in their lists,
     * which the launcher merges differently.
     */
    @Test
    void startsFromAnArchiveOnEveryInstalledJdk() throws Exception {
        List<Path> homes = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (var listed = Files.list(jvms)) {
                listed.filter(home -> Files.isExecutable(home.resolve("bin/java")))
                        .sorted()
                        .forEach(homes::add);
            }
        }
        Set<Path> seen = new HashSet<>();
        for (Path home : homes) {
            if (!seen.add(home.resolve("bin/java").toRealPath()) || majorOf(home) < 17) {
                continue;
            }
            assertEquals(
                    0,
                    run(LAUNCHER, Map.of("JAVA_HOME", home.toString()), "", "--version")
                            .code(),
                    home.toString());
            Path log = dir.resolve("classes.log");
            Run run = run(
                    LAUNCHER,
                    Map.of("JAVA_HOME", home.toString(), "DMREPORT_JAVA_OPTS", "-Xlog:class+load:file=" + log),
                    "",
                    "--version");
            assertEquals(0, run.code(), run.err());
            assertEquals("", run.err(), home.toString());
            List<String> main = Files.readAllLines(log).stream()
                    .filter(l -> l.contains(" org.dmreport.cli.Main "))
                    .toList();
            assertEquals(1, main.size(), home + ": " + main);
            assertTrue(main.get(0).endsWith("source: shared objects file"), home + ": " + main.get(0));
        }
    }

    /** The major version a JDK's release file gives, or 0 when it has none. */
    private static int majorOf(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Matcher matcher = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(release));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /**
     * Inputs of under 256 MiB are done before C2 pays for itself: a file or a folder of them runs on
     * C1 alone. More keeps C2; a gzip file counts at eight times its size, as it is read decompressed.
     */
    @Test
    void runsSmallBatchesWithTheQuickCompilerOnly() throws Exception {
        Map<String, String> flags = Map.of("DMREPORT_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        Path file = Path.of("samples/docs/query-status-list.json.example").toAbsolutePath();
        Run one = run(LAUNCHER, flags, "", "status", file.toString());
        assertEquals(0, one.code(), one.err());
        assertTrue(one.err().matches("(?s).*intx TieredStopAtLevel += 1 .*"), "C1 only for one small file");
        assertTrue(one.err().matches("(?s).*intx Tier3InvocationThreshold += 50 .*"), "C1 compiles early");
        Run folder = run(LAUNCHER, flags, "", "status", file.getParent().toString());
        assertTrue(folder.err().matches("(?s).*intx TieredStopAtLevel += 1 .*"), "C1 only for a small folder");
        Path large = Files.createDirectories(dir.resolve("large"));
        byte[] mebibyte = new byte[1 << 20];
        try (var out = Files.newOutputStream(large.resolve("captures.json.gz"))) {
            for (int k = 0; k < 33; k++) {
                out.write(mebibyte);
            }
        }
        Run big = run(LAUNCHER, flags, "", "status", large.toString());
        assertTrue(big.err().matches("(?s).*intx TieredStopAtLevel += 4 .*"), "C2 for 264 MiB to read");
        assertTrue(big.err().matches("(?s).*intx Tier3InvocationThreshold += 200 .*"), "C2's usual profiling");
        // 20,000 files are taken for more than 256 MiB without adding up their sizes.
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int k = 0; k < 20_000; k++) {
            Files.createFile(many.resolve(k + ".json"));
        }
        // The flags are printed as the JVM starts, whatever the command then makes of its arguments.
        Run walked = run(LAUNCHER, flags, "", "rules", many.toString());
        assertTrue(walked.err().matches("(?s).*intx TieredStopAtLevel += 4 .*"), "C2 for 20,000 files");
    }

    /**
     * A document of a shape found valid before is not validated again, in a later run: the schema
     * validator is not even loaded, and what the check says is the same. One of a new shape is.
     */
    @Test
    void keepsTheShapesFoundValidBetweenRuns() throws Exception {
        Path shapes = dir.resolve("shapes");
        Path file = Path.of("samples/captures/2026-11-26T00-00-00Z/query-status-billing.json")
                .toAbsolutePath();
        Map<String, String> first = Map.of("DMREPORT_SHAPE_CACHE", shapes.toString());
        Run learning = run(LAUNCHER, first, "", "check", "--fail-on", "never", file.toString());
        assertEquals(0, learning.code(), learning.err());
        assertTrue(Files.readString(shapes).lines().count() > 1, "the valid shape is kept");
        Path log = dir.resolve("classes.log");
        Map<String, String> second =
                Map.of("DMREPORT_SHAPE_CACHE", shapes.toString(), "DMREPORT_JAVA_OPTS", "-Xlog:class+load:file=" + log);
        Run known = run(LAUNCHER, second, "", "check", "--fail-on", "never", file.toString());
        assertEquals(learning.out(), known.out());
        assertEquals(
                List.of(),
                Files.readAllLines(log).stream()
                        .filter(l -> l.contains("com.networknt."))
                        .toList());
        Path invalid = dir.resolve("invalid.json");
        Files.writeString(
                invalid, Files.readString(file).replaceFirst("\"stage\": \"Running\"", "\"stage\": \"Runing\""));
        Run other = run(LAUNCHER, second, "", "check", "--fail-on", "never", invalid.toString());
        assertTrue(other.out().contains("schema-violation"), other.out());
        assertTrue(Files.readAllLines(log).stream().anyMatch(l -> l.contains("com.networknt.")));
    }

    /** The heap follows what is kept, unless the user sizes it; then none of the launcher's sizes clash. */
    @Test
    void sizesTheHeapUnlessTheUserDoes() throws Exception {
        // The JVM prints its flags on standard error: the launcher keeps all it says out of the output.
        Run ours = run(LAUNCHER, Map.of("DMREPORT_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "", "--version");
        assertEquals(0, ours.code(), ours.err());
        assertTrue(ours.out().matches("dmreport \\S+\n"), ours.out());
        assertTrue(ours.err().matches("(?s).*uintx MinHeapFreeRatio += 20 .*"), "a fifth kept free");
        assertTrue(ours.err().matches("(?s).*size_t NewSize += 50331648 .*"), "a young generation of 48 MiB");
        Run theirs = run(LAUNCHER, Map.of("DMREPORT_JAVA_OPTS", "-XX:+PrintFlagsFinal -Xmx32m"), "", "--version");
        assertEquals(0, theirs.code(), theirs.err());
        assertTrue(theirs.err().matches("(?s).*uintx MinHeapFreeRatio += 40 .*"), "the JVM's default");
        assertTrue(theirs.err().matches("(?s).*size_t MaxHeapSize += 33554432 .*"), "their bound");
    }

    /**
     * Under an address-space limit the JVM's default reservations do not fit: the launcher sizes
     * them to it, and where even that cannot start, says so on standard error with exit 4 (never 1,
     * the findings code, and never on standard output).
     */
    @Test
    void startsUnderAnAddressSpaceLimitOrSaysWhyWithExit4() throws Exception {
        String samples = Path.of("samples/captures").toAbsolutePath().toString();
        Run fits = runLimited(1_200_000, "check", "-f", "json", "--fail-on", "never", samples);
        assertEquals(0, fits.code(), fits.err());
        assertTrue(fits.out().startsWith("{"), fits.out());
        Run tooSmall = runLimited(300_000, "check", "-f", "json", samples);
        assertEquals(4, tooSmall.code(), tooSmall.err());
        assertEquals("", tooSmall.out());
        assertTrue(
                tooSmall.err()
                        .startsWith("dmreport: the Java VM cannot start under the address-space limit of 300000 KiB"),
                tooSmall.err());
        assertTrue(tooSmall.err().contains("dmreport:   Error occurred during initialization of VM"), tooSmall.err());
    }

    /** What the JVM itself warns of goes to standard error, never into the output. */
    @Test
    void keepsTheJvmsWarningsOutOfStandardOutput() throws Exception {
        Run run = run(LAUNCHER, Map.of("DMREPORT_JAVA_OPTS", "-Xmn100m -Xmx50m"), "", "--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("dmreport \\S+\n"), run.out());
        assertTrue(run.err().contains("[warning][gc"), run.err());
    }

    @Test
    void printsACompletionScript() throws Exception {
        Run run = run(LAUNCHER, Map.of(), "", "completion");
        assertEquals(0, run.code());
        assertTrue(
                run.out().contains("complete -F _complete_dmreport"), run.out().substring(0, 200));
    }

    /**
     * The reading design keeps neither documents nor trees, and subtask points go to a temporary
     * file past a budget: 150 per-minute captures of 8 tasks on 16 sources (1,338 files, about
     * 32 MB) are checked and reported within a 16 MiB heap, with the same outputs as with the
     * default heap.
     */
    @Test
    void checksAndReportsACorpusLargerThanItsHeap() throws Exception {
        Path corpus = dir.resolve("corpus");
        Run generated = run(
                LAUNCHER,
                Map.of(),
                "",
                "generate",
                "-o",
                corpus.toString(),
                "--captures",
                "150",
                "--tasks",
                "8",
                "--sources",
                "16",
                "--interval",
                "PT1M");
        assertEquals(0, generated.code(), generated.err());
        long bytes;
        try (var files = Files.walk(corpus)) {
            bytes = files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
        assertTrue(bytes > 30L << 20, "corpus of " + bytes + " bytes");
        Map<String, String> small = Map.of("DMREPORT_JAVA_OPTS", "-Xmx16m");

        Run bounded = run(LAUNCHER, small, "", "check", "-f", "json", "--fail-on", "never", corpus.toString());
        assertEquals(0, bounded.code(), bounded.err());
        assertTrue(bounded.err().contains("checked 1,338 documents in 1,338 files"), bounded.err());
        Run unbounded = run(LAUNCHER, Map.of(), "", "check", "-f", "json", "--fail-on", "never", corpus.toString());
        assertEquals(unbounded.out(), bounded.out());

        Path report = dir.resolve("report");
        Run reported =
                run(LAUNCHER, small, "", "report", "--fail-on", "never", "-o", report.toString(), corpus.toString());
        assertEquals(0, reported.code(), reported.err());
        assertTrue(Files.size(report.resolve("subtasks.csv")) > 5L << 20);
        Path reference = dir.resolve("reference");
        assertEquals(
                0,
                run(
                                LAUNCHER,
                                Map.of(),
                                "",
                                "report",
                                "--fail-on",
                                "never",
                                "-o",
                                reference.toString(),
                                corpus.toString())
                        .code());
        for (String name :
                List.of("report.html", "report.md", "tasks.csv", "subtasks.csv", "errors.csv", "findings.csv")) {
            assertEquals(-1L, Files.mismatch(reference.resolve(name), report.resolve(name)), name);
        }
    }
}
