package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code dmreport status} prints on the shipped samples, and how it exits. */
class StatusCommandTest {

    @TempDir
    Path dir;

    @Test
    void textOnSamples() {
        Cli.Result result = Cli.onSamplesAndDocs("status", "--time-from", "path");
        assertEquals(3, result.code(), "the documentation's example as published is unreadable by design");
        Approvals.verify(result.out() + "--- stderr\n" + result.err());
    }

    @Test
    void jsonOnSamples() {
        Cli.Result result = Cli.onSamplesAndDocs("status", "--format", "json", "--time-from", "path", "--lenient");
        assertEquals(0, result.code(), result.err());
        Approvals.verify(result.out());
    }

    @Test
    void outputIsTheSameWithOneThreadOrMany() {
        Cli.Result one = Cli.run("status", "--threads", "1", "-f", "json", "--lenient", "samples");
        Cli.Result many = Cli.run("status", "--threads", "7", "-f", "json", "--lenient", "samples");
        assertEquals(one.out(), many.out());
    }

    @Test
    void outputGoesAtomicallyToAFile() throws IOException {
        Path target = dir.resolve("status.json");
        Cli.Result result =
                Cli.run("status", "-f", "json", "-o", target.toString(), "samples/docs/query-status-list.json.example");
        assertEquals(0, result.code());
        assertEquals("", result.out());
        assertEquals(
                Cli.run("status", "-f", "json", "samples/docs/query-status-list.json.example")
                        .out(),
                Files.readString(target, StandardCharsets.UTF_8),
                "the file holds what standard output would");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void unreadableInputsExitWithThreeAndTheRestIsStillRead() throws IOException {
        Files.writeString(dir.resolve("a.json"), "{\"result\": tru");
        Files.copy(Path.of("samples/docs/query-status-list.json.example"), dir.resolve("b.json"));
        Cli.Result result = Cli.run("status", dir.toString());
        assertEquals(3, result.code());
        assertTrue(result.out().contains("test2: Paused"));
        assertTrue(result.err().startsWith(dir + "/a.json:1:"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }

    @Test
    void missingInputIsAProblemNotACrash() {
        Cli.Result result = Cli.run("status", "does-not-exist.json");
        assertEquals(3, result.code());
        assertEquals(
                "does-not-exist.json:0:0: no such file or directory\n",
                result.err().lines().findFirst().orElse("") + "\n");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Cli.run("status").code());
        assertEquals(2, Cli.run("status", "--format", "xml", "samples").code());
        assertEquals(2, Cli.run("status", "--lenient", "--strict", "samples").code());
        assertEquals(2, Cli.run("status", "--time-from", "ctime", "samples").code());
        assertEquals(2, Cli.run("frobnicate").code());
        Cli.Result none = Cli.run();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("a command is required"));
    }

    @Test
    void argumentFilesAreExpanded() throws IOException {
        Path args = dir.resolve("args");
        Files.writeString(args, "status\nsamples/docs/query-status-list.json.example\n");
        Cli.Result result = Cli.run("@" + args);
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("test2: Paused"));
    }

    @Test
    void versionHelpAndCompletion() {
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("dmreport \\d+\\.\\d+\\.\\d+.*\n"), version.out());
        Cli.Result help = Cli.run("status", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--lenient"));
        Cli.Result completion = Cli.run("completion");
        assertEquals(0, completion.code());
        assertTrue(completion.out().contains("complete -F"), "a bash completion script");
    }
}
