package org.dmreport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.dmreport.analysis.Runner;
import org.dmreport.report.Output;
import org.dmreport.report.Rendered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files of one report replace the earlier set together or not at all, whatever the thread count. */
class ReportFilesTest {

    @TempDir
    Path dir;

    private static Output failing(String why) {
        return (out, runner) -> {
            out.write("half");
            throw new IOException(why);
        };
    }

    /** As a template that stops part-way. */
    private static Output stopping(String why) {
        return new Output() {
            @Override
            public Rendered writeTo(Writer out, Runner runner) throws IOException {
                out.write("half");
                return Rendered.stopped(why);
            }

            @Override
            public boolean canStop() {
                return true;
            }
        };
    }

    /** As the longest table: its pieces are formatted on the runner of the files' own writing. */
    private static Output pieces(String name, int count) {
        return (out, runner) -> {
            List<Supplier<String>> pieces = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int piece = i;
                pieces.add(() -> name + piece + "\r\n");
            }
            for (String piece : runner.run(pieces)) {
                out.write(piece);
            }
            return Rendered.WHOLE;
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aFailureLeavesTheEarlierSetWholeAndNamesItsFile(int threads) throws IOException {
        Map<String, Output> files = inOrder(
                Map.entry("a.csv", Output.of("a\r\n")),
                Map.entry("b.csv", failing("No space left on device")),
                Map.entry("c.csv", failing("c is broken")),
                Map.entry("d.csv", Output.of("d\r\n")));
        earlierRun(files.keySet());
        FileSystemException thrown =
                assertThrows(FileSystemException.class, () -> ReportJob.write(dir, files, threads, NO_WAIT));
        assertEquals(dir.resolve("b.csv").toString(), thrown.getFile());
        assertEquals("No space left on device", thrown.getReason());
        assertEarlierRunKept(files.keySet());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void whenEveryFileIsWrittenAllReplaceTheEarlierSet(int threads) throws Exception {
        Files.writeString(dir.resolve("a.csv"), "old");
        Map<String, Output> files =
                inOrder(Map.entry("a.csv", Output.of("a\r\n")), Map.entry("b.csv", Output.of("b\r\n")));
        ReportJob.write(dir, files, threads, NO_WAIT);
        assertEquals("a\r\n", Files.readString(dir.resolve("a.csv")));
        assertEquals("b\r\n", Files.readString(dir.resolve("b.csv")));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void aStoppedFileIsReturnedBeforeAnIoErrorAndNothingIsReplaced(int threads) throws IOException {
        Map<String, Output> files = inOrder(
                Map.entry("a.csv", failing("No space left on device")),
                Map.entry("b.md", stopping("template report.md.ftl, line 3: x is undefined")),
                Map.entry("c.csv", Output.of("c\r\n")));
        earlierRun(files.keySet());
        Rendered rendered = ReportJob.write(dir, files, threads, NO_WAIT);
        assertEquals("template report.md.ftl, line 3: x is undefined", rendered.problem());
        assertEarlierRunKept(files.keySet());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void filesWhosePiecesRunOnTheSamePoolAreWrittenInOrder(int threads) throws IOException {
        Map<String, Output> files = new LinkedHashMap<>();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            expected.append("p").append(i).append("\r\n");
        }
        for (String name : List.of("a.csv", "b.csv", "c.csv", "d.csv", "e.csv")) {
            files.put(name, pieces("p", 200));
        }
        assertTrue(ReportJob.write(dir, files, threads, NO_WAIT).whole());
        for (String name : files.keySet()) {
            assertEquals(expected.toString(), Files.readString(dir.resolve(name)), name);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void textThatIsNotUnicodeIsAFailureOfItsFileNotAReplacementCharacter(int threads) throws IOException {
        Files.writeString(dir.resolve("a.md"), "old");
        Map<String, Output> files = inOrder(Map.entry("a.md", Output.of("lone \ud800 surrogate")));
        FileSystemException thrown =
                assertThrows(FileSystemException.class, () -> ReportJob.write(dir, files, threads, NO_WAIT));
        assertEquals(dir.resolve("a.md").toString(), thrown.getFile());
        assertEquals("old", Files.readString(dir.resolve("a.md")));
    }

    /** A report's files in the order given. */
    @SafeVarargs
    private static Map<String, Output> inOrder(Map.Entry<String, Output>... files) {
        Map<String, Output> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Output> file : files) {
            ordered.put(file.getKey(), file.getValue());
        }
        return ordered;
    }

    /** Leaves {@code names} as an earlier run wrote them: "old NAME". */
    private void earlierRun(Set<String> names) throws IOException {
        for (String name : names) {
            Files.writeString(dir.resolve(name), "old " + name);
        }
    }

    /** Every file still holds the earlier run's text, and no temporary file is left beside them. */
    private void assertEarlierRunKept(Set<String> names) throws IOException {
        for (String name : names) {
            assertEquals("old " + name, Files.readString(dir.resolve(name)), name + " is the earlier run's");
        }
        assertEquals(names.size(), visible(), "no temporary file is left behind");
    }

    /** Files in the folder besides the lock, which stays (an empty hidden file). */
    private long visible() throws IOException {
        try (var left = Files.list(dir)) {
            return left.filter(p -> !p.getFileName().toString().equals(ReportSet.LOCK))
                    .count();
        }
    }

    private static final Runnable NO_WAIT = () -> {};

    /** Stands for the process dying where it is: nothing after it runs, no cleanup of ours included. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static final List<String> SET = List.of("report.html", "report.md", "tasks.csv", "subtasks.csv");

    private static Map<String, Output> set(String run) {
        Map<String, Output> files = new LinkedHashMap<>();
        SET.forEach(name -> files.put(name, Output.of(run + " " + name)));
        return files;
    }

    /** Every file of the set comes from one run. */
    private String wholeSet() throws IOException {
        String run = Files.readString(dir.resolve(SET.get(0))).split(" ")[0];
        for (String name : SET) {
            assertEquals(run + " " + name, Files.readString(dir.resolve(name)), "a mixed set: " + name);
        }
        return run;
    }

    /** A rename that takes its time, as on a slow network file system: a kill or a second run can land inside. */
    private static ReportSet.Mover slow(long millis) {
        return (from, to) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ReportSet.Mover.ATOMIC.move(from, to);
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void twoRunsIntoOneFolderLeaveOneWholeSetTheOtherWaits(int threads) throws Exception {
        List<String> waited = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Rendered> first = pool.submit(() -> ReportJob.write(dir, set("first"), threads, NO_WAIT, slow(100)));
            Thread.sleep(50);
            Future<Rendered> second = pool.submit(
                    () -> ReportJob.write(dir, set("second"), threads, () -> waited.add("second"), slow(10)));
            assertTrue(first.get(30, TimeUnit.SECONDS).whole());
            assertTrue(second.get(30, TimeUnit.SECONDS).whole());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("second"), waited, "the second run waited for the first");
        assertEquals("second", wholeSet());
        assertEquals(SET.size(), visible(), "no temporary file or journal is left");
    }

    /**
     * A run killed between two renames (SIGKILL, a power cut) leaves its journal: the next run into
     * the folder finishes that set first, so the folder never holds a mix of three.
     */
    @Test
    void aRunKilledInsideTheCommitIsCompletedByTheNextRun() throws Exception {
        ReportJob.write(dir, set("old"), 1, NO_WAIT);
        int[] moves = {0};
        ReportSet.Mover dies = (from, to) -> {
            if (++moves[0] == 3) {
                throw new Killed();
            }
            ReportSet.Mover.ATOMIC.move(from, to);
        };
        assertThrows(Killed.class, () -> ReportJob.write(dir, set("killed"), 1, NO_WAIT, dies));
        assertTrue(Files.exists(dir.resolve(ReportSet.JOURNAL)), "the journal survives the kill");
        assertEquals("killed report.html", Files.readString(dir.resolve("report.html")));
        assertEquals("old tasks.csv", Files.readString(dir.resolve("tasks.csv")), "half the set is in place");
        try (ReportSet.Held held = ReportSet.lock(dir, NO_WAIT)) {
            assertEquals("killed", wholeSet(), "taking the lock finishes the killed run's set");
            assertFalse(Files.exists(dir.resolve(ReportSet.JOURNAL)));
        }
        ReportJob.write(dir, set("next"), 2, NO_WAIT);
        assertEquals("next", wholeSet());
        assertEquals(SET.size(), visible());
    }

    /** A signal during the renames: the JVM's shutdown waits for the set to be in place, then tidies. */
    @Test
    void aShutdownDuringTheCommitWaitsForTheWholeSet() throws Exception {
        ReportJob.write(dir, set("old"), 1, NO_WAIT);
        CountDownLatch renaming = new CountDownLatch(1);
        ReportSet.Mover signalled = (from, to) -> {
            renaming.countDown();
            slow(100).move(from, to);
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Rendered> run = pool.submit(() -> ReportJob.write(dir, set("new"), 1, NO_WAIT, signalled));
            assertTrue(renaming.await(30, TimeUnit.SECONDS));
            OutputFiles.shutDown();
            assertEquals("new", wholeSet(), "the shutdown returned only once the set was in place");
            assertTrue(run.get(30, TimeUnit.SECONDS).whole());
            assertThrows(
                    FileSystemException.class,
                    () -> ReportJob.write(dir, set("after"), 1, NO_WAIT),
                    "no set starts once the JVM is shutting down");
            assertEquals("new", wholeSet());
        } finally {
            OutputFiles.resetAfterTest();
            pool.shutdownNow();
        }
    }
}
