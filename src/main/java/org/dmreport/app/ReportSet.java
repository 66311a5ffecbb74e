package org.dmreport.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Puts a report's files in place as one set, in a folder that may hold other files too.
 *
 * <ul>
 *   <li><b>One run at a time.</b> A run holds the folder's lock ({@code .dmreport.lock}, an advisory
 *       lock of the operating system, released by it when the process ends however it ends) from
 *       before its first temporary file until its set is in place; a second run into the same folder
 *       waits for it, and its set then replaces the first one whole.</li>
 *   <li><b>A journaled commit.</b> Every file is written beside its target first. Then a journal
 *       ({@code .dmreport.commit}, written whole and renamed into place) lists the renames, the
 *       renames are made, and the journal is removed. The journal is the commit point: before it,
 *       the earlier set stands; once it exists, the new set is the one that will stand.</li>
 *   <li><b>Signals.</b> SIGINT, SIGTERM or SIGHUP during the renames: the JVM's shutdown waits for
 *       them to finish (see {@link OutputFiles}), so the set is whole before the process ends.</li>
 *   <li><b>Kills.</b> SIGKILL or a power cut during the renames (a few microseconds on a local
 *       disk, longer on a slow network file system) leaves the journal: the next run that takes the
 *       lock completes the renames it lists before anything else, so an interrupted set is finished,
 *       never mixed with a third. Until then the folder may hold some files of each set, and the
 *       journal names them.</li>
 * </ul>
 */
public final class ReportSet {

    static final String LOCK = ".dmreport.lock";
    static final String JOURNAL = ".dmreport.commit";

    /** Renames one file over another; a test slows it down to widen the window a kill could hit. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;

        Mover ATOMIC = (from, to) -> {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        };
    }

    /** Threads of this process share a folder's lock here: the OS lock is held once per process. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private ReportSet() {}

    /** The held lock of one folder; closing it releases it. */
    public static final class Held implements AutoCloseable {
        private final ReentrantLock inProcess;
        private final FileChannel channel;
        private final FileLock lock;

        private Held(ReentrantLock inProcess, FileChannel channel, FileLock lock) {
            this.inProcess = inProcess;
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            try {
                if (lock != null) {
                    lock.release();
                }
                channel.close();
            } finally {
                inProcess.unlock();
            }
        }
    }

    /**
     * Takes {@code dir}'s lock (creating the folder), waiting for another run that holds it, after
     * calling {@code onWait} once; then completes what a killed run's journal lists.
     */
    public static Held lock(Path dir, Runnable onWait) throws IOException {
        Files.createDirectories(dir);
        ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(dir.toRealPath(), d -> new ReentrantLock());
        if (!inProcess.tryLock()) {
            onWait.run();
            inProcess.lock();
        }
        FileChannel channel = null;
        boolean unlocked = false;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (IOException unsupported) {
                // A file system without locks (some network mounts): runs of this process still
                // wait for each other; the journal still makes the commit whole.
                lock = null;
                unlocked = true;
            }
            if (lock == null && !unlocked) {
                onWait.run();
                lock = channel.lock();
            }
            Held held = new Held(inProcess, channel, lock);
            recover(dir, Mover.ATOMIC);
            return held;
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            inProcess.unlock();
            throw e;
        }
    }

    /** Completes the renames a journal left in {@code dir} lists (those whose file is still there), then removes it. */
    static void recover(Path dir, Mover mover) throws IOException {
        Path journal = dir.resolve(JOURNAL);
        if (!Files.exists(journal)) {
            return;
        }
        String[] names = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8).split("\0", -1);
        for (int k = 0; k + 1 < names.length; k += 2) {
            Path temp = dir.resolve(names[k]);
            if (Files.exists(temp)) {
                mover.move(temp, dir.resolve(names[k + 1]));
            }
        }
        Files.deleteIfExists(journal);
    }

    /**
     * Puts every pending file in place as one set, under the journal, and in the JVM's eyes as one
     * step: a shutdown that begins meanwhile waits for it. Holding the folder's lock is the caller's.
     */
    static void commit(Path dir, List<OutputFiles.Pending> files, Mover mover) throws IOException {
        OutputFiles.whileNotShuttingDown(() -> {
            List<OutputFiles.Pending> moving = new ArrayList<>();
            StringBuilder journal = new StringBuilder();
            for (OutputFiles.Pending p : files) {
                if (p.temp() != null) {
                    moving.add(p);
                    journal.append(p.temp().getFileName())
                            .append('\0')
                            .append(p.target().getFileName())
                            .append('\0');
                }
            }
            writeJournal(dir, journal.toString());
            // From here on the files belong to the journal: a rename that fails, or a kill, leaves
            // them for the next run to put in place, never discarded into a mixed set.
            moving.forEach(OutputFiles.Pending::moved);
            for (OutputFiles.Pending p : moving) {
                mover.move(p.temp(), p.target());
            }
            Files.deleteIfExists(dir.resolve(JOURNAL));
            return null;
        });
    }

    /** Writes the journal whole and durably before renaming it into place: the commit point. */
    private static void writeJournal(Path dir, String text) throws IOException {
        Path temp = dir.resolve(JOURNAL + ".tmp");
        try (FileChannel out = FileChannel.open(
                temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
        Mover.ATOMIC.move(temp, dir.resolve(JOURNAL));
    }
}
