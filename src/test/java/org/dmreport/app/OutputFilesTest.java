package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of output path: a regular file replaced, a link's target replaced, a device or pipe written through. */
class OutputFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRegularFileIsReplacedWithNothingLeftBeside() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "old");
        OutputFiles.write(file, "new");
        assertEquals("new", Files.readString(file));
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count());
        }
    }

    @Test
    void aSymbolicLinkIsFollowedAndItsTargetReplaced() throws IOException {
        Path target =
                Files.writeString(Files.createDirectories(dir.resolve("real")).resolve("out.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real/out.json"));
        OutputFiles.write(link, "new");
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("new", Files.readString(target));
        try (var entries = Files.list(target.getParent())) {
            assertEquals(1, entries.count(), "the temporary file was beside the target");
        }
    }

    @Test
    void aDanglingLinkGetsItsTargetCreated() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("made.json"));
        OutputFiles.write(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(dir.resolve("made.json")));
    }

    @Test
    void aDeviceIsWrittenThroughNeverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        OutputFiles.write(devNull, "into nothing");
        assertFalse(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS), "/dev/null is still a device");
    }

    @Test
    void aNamedPipeIsWrittenThroughToItsReader() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(Files.readAllBytes(fifo), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        OutputFiles.write(fifo, "through the pipe");
        assertEquals("through the pipe", reader.get(30, TimeUnit.SECONDS));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the pipe is still a pipe");
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedButNotThoseOfALiveOne() throws IOException {
        // pid 2^22 + 1 is above Linux's highest pid: no process has it.
        Path dead = Files.writeString(dir.resolve(".out.json.dmreport-4194305.123.tmp"), "left by a killed run");
        Path live = Files.writeString(
                dir.resolve(".out.json.dmreport-" + ProcessHandle.current().pid() + ".9.tmp"), "being written");
        Path other = Files.writeString(dir.resolve(".other.json.dmreport-4194305.1.tmp"), "another output's");
        OutputFiles.write(dir.resolve("out.json"), "new");
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(other), "only the output being written is tidied");
    }

    /** A valid name of up to 255 bytes is written: the temporary file beside it takes a shortened name. */
    @Test
    void aNameOfTheLongestLengthIsWritten() throws IOException {
        for (String name : new String[] {"r".repeat(230) + ".json", "é".repeat(125) + ".json", "x".repeat(255)}) {
            Path file = dir.resolve(name);
            OutputFiles.write(file, "new");
            assertEquals("new", Files.readString(file));
            OutputFiles.write(file, "newer");
            assertEquals("newer", Files.readString(file));
            Files.delete(file);
        }
        String prefix = OutputFiles.tempPrefix("x".repeat(255));
        assertTrue(prefix.getBytes(StandardCharsets.UTF_8).length < 100, prefix);
        assertEquals(".out.json.dmreport-", OutputFiles.tempPrefix("out.json"));
        try (var entries = Files.list(dir)) {
            assertEquals(0, entries.count());
        }
    }
}
