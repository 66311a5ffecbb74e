package org.dmreport.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dmreport.analysis.Runner;
import org.dmreport.report.Output;
import org.dmreport.report.Rendered;

/**
 * Writes output files so that nothing is ever half-replaced:
 * <ul>
 *   <li>a regular file (or a new one) is written to a temporary file beside it, then renamed into
 *       place, so a killed run never leaves half a file over a good one;</li>
 *   <li>a symbolic link is followed, and its final target replaced in the same way (the temporary
 *       file beside the target), so the link stays;</li>
 *   <li>anything else that exists (a character device such as {@code /dev/null} or
 *       {@code /dev/stdout}, a named pipe) is written through, never replaced.</li>
 * </ul>
 * Temporary files are named {@code .NAME.dmreport-PID.N.tmp} (a NAME too long for that cut and
 * hashed). Those of this process are removed on
 * every exit the JVM sees; those a killed run left (whose process is gone) are removed by the next
 * run that writes the same output. A failure names the file it concerns.
 */
public final class OutputFiles {

    private static final String TEMP_MARK = ".dmreport-";

    /**
     * Writes {@code output} where the user asked: {@code "-"} is {@code stdout}, flushed and left
     * open; anything else a file, written as {@link #write(Path, Output)} writes it. An output that
     * can stop part-way reaches {@code stdout} only once whole, so a stopped one writes nothing.
     */
    public static Rendered write(String target, Output output, Writer stdout) throws IOException {
        if (!target.equals("-")) {
            return write(Path.of(target), output);
        }
        Rendered rendered = whole(stdout, output, Runner.SEQUENTIAL);
        stdout.flush();
        return rendered;
    }

    /**
     * Writes {@code output} to {@code out}, a stream that cannot be taken back: held whole in memory
     * first when it can stop part-way (only a report, whose file form streams), else as it comes.
     */
    private static Rendered whole(Writer out, Output output, Runner runner) throws IOException {
        if (!output.canStop()) {
            return output.writeTo(out, runner);
        }
        StringWriter whole = new StringWriter();
        Rendered rendered = output.writeTo(whole, runner);
        if (rendered.whole()) {
            out.write(whole.toString());
        }
        return rendered;
    }

    /** Temporary files of this process not yet renamed or removed, for the shutdown hook. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    /** Held while a set of files is being put in place; the shutdown hook waits for it. */
    private static final Object PUTTING_IN_PLACE = new Object();

    /** Set once the JVM shuts down: no set starts to be put in place after that. */
    private static boolean shuttingDown;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(OutputFiles::shutDown, "dmreport-temporary-files"));
    }

    /**
     * On a signal (or any exit): a set being put in place is finished first (its renames are
     * microseconds), then the temporary files of this process not put in place are removed.
     */
    static void shutDown() {
        synchronized (PUTTING_IN_PLACE) {
            shuttingDown = true;
        }
        PENDING.forEach(OutputFiles::deleteQuietly);
    }

    /** For tests that simulate a shutdown in a JVM that goes on: writing is allowed again. */
    static void resetAfterTest() {
        synchronized (PUTTING_IN_PLACE) {
            shuttingDown = false;
        }
    }

    /** An I/O step that gives a value. */
    @FunctionalInterface
    interface IoStep<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code step} (putting a set of files in place) so that the JVM's shutdown waits for it to
     * end; once a shutdown has begun, it is not started, and the earlier files stay.
     */
    static <T> T whileNotShuttingDown(IoStep<T> step) throws IOException {
        synchronized (PUTTING_IN_PLACE) {
            if (shuttingDown) {
                throw new FileSystemException(null, null, "the run is ending: the earlier report files are kept");
            }
            return step.run();
        }
    }

    private OutputFiles() {}

    /** Writes {@code content} as UTF-8 into {@code target}, as the class comment says. */
    public static void write(Path target, String content) throws IOException {
        write(target, Output.of(content));
    }

    /**
     * Writes {@code content} as UTF-8 into {@code target}, as the class comment says; an output
     * stopped part-way leaves {@code target} as it was.
     */
    public static Rendered write(Path target, Output content) throws IOException {
        try (Pending pending = prepare(target, content, Runner.SEQUENTIAL)) {
            pending.commit();
            return pending.rendered();
        }
    }

    /**
     * Writes {@code content} as UTF-8 beside {@code target} (see the class comment), to be put in
     * place or discarded by the caller: several files can be written and then kept only together. A
     * device or pipe is written at once, as it cannot be put back. Whatever {@code content} throws
     * is thrown, and the temporary file is gone; when it stops part-way, the temporary file is gone
     * and the pending file only says why.
     */
    public static Pending prepare(Path target, Output content, Runner runner) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (isProcessStream(absolute)) {
            return writtenThrough(absolute, content, target, runner);
        }
        Path destination = followLinks(absolute);
        BasicFileAttributes existing = attributes(destination);
        if (existing != null && existing.isDirectory()) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        if (existing != null && !existing.isRegularFile()) {
            return writtenThrough(destination, content, target, runner);
        }
        Path dir = destination.getParent();
        Files.createDirectories(dir);
        removeLeftovers(dir, destination.getFileName().toString());
        Path temp = Files.createTempFile(
                dir,
                tempPrefix(destination.getFileName().toString())
                        + ProcessHandle.current().pid() + ".",
                ".tmp");
        PENDING.add(temp);
        boolean written = false;
        try {
            Rendered rendered;
            try (OutputStream file = Files.newOutputStream(temp)) {
                rendered = writeUtf8(file, content, target, runner, false);
            }
            if (!rendered.whole()) {
                return new Pending(null, null, rendered);
            }
            readableByAll(temp);
            written = true;
            return new Pending(temp, destination, rendered);
        } finally {
            if (!written) {
                deleteQuietly(temp);
            }
        }
    }

    /** Writes a device or pipe at once, opened as it is (never created, truncated or replaced). */
    private static Pending writtenThrough(Path device, Output content, Path shown, Runner runner) throws IOException {
        try (OutputStream stream = Files.newOutputStream(device, StandardOpenOption.WRITE)) {
            return new Pending(null, null, writeUtf8(stream, content, shown, runner, true));
        }
    }

    /**
     * Writes the content, strictly encoded: text that is not valid Unicode is a bug to report, never
     * a replacement character slipped into a report. A failure is rethrown naming {@code shown}.
     * Written {@code forGood} (a device or pipe, not a file to discard), an output that can stop
     * part-way is held whole first; into a temporary file it streams, as a month's report would not
     * fit in memory.
     */
    private static Rendered writeUtf8(OutputStream stream, Output content, Path shown, Runner runner, boolean forGood)
            throws IOException {
        try {
            Writer out = new OutputStreamWriter(
                    stream,
                    StandardCharsets.UTF_8
                            .newEncoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
            Writer buffered = new BufferedWriter(out, 1 << 16);
            Rendered rendered = forGood ? whole(buffered, content, runner) : content.writeTo(buffered, runner);
            buffered.flush();
            return rendered;
        } catch (CharacterCodingException e) {
            throw new FileSystemException(
                    shown.toString(),
                    null,
                    "cannot be written: text that is not valid Unicode " + "(a bug: rerun with --debug)");
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            FileSystemException named = new FileSystemException(
                    shown.toString(),
                    null,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            named.initCause(e);
            throw named;
        }
    }

    /** The path a chain of symbolic links ends at (which need not exist yet); a loop is an error. */
    private static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == 40) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /**
     * {@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1} and kin: their links end at
     * whatever the stream is (a pipe with no path, or a file the shell redirected to and holds
     * open), so they are written through as the stream they stand for, never followed.
     */
    private static boolean isProcessStream(Path path) {
        return path.startsWith("/dev/") || path.startsWith("/proc/");
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** Longest output name kept whole in its temporary file's name, in UTF-8 bytes: 255 less what is added. */
    private static final int NAME_IN_TEMP = 160;

    /**
     * The start of the temporary files' names for the output {@code name}: {@code .NAME.dmreport-};
     * a name too long to leave room for the rest (a file name holds 255 bytes) is cut and given a
     * hash of the whole, so that any valid output name can be written.
     */
    static String tempPrefix(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= NAME_IN_TEMP) {
            return "." + name + TEMP_MARK;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int k = 0; k < name.length(); ) {
            int cp = name.codePointAt(k);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > 64) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += size;
            k += Character.charCount(cp);
        }
        return "." + cut + "~" + String.format(Locale.ROOT, "%08x", name.hashCode()) + TEMP_MARK;
    }

    /** Removes temporary files for {@code name} whose process is gone: what a killed run left. */
    private static void removeLeftovers(Path dir, String name) {
        String prefix = tempPrefix(name);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, entry -> {
            String file = entry.getFileName().toString();
            return file.startsWith(prefix) && file.endsWith(".tmp");
        })) {
            for (Path temp : temps) {
                String rest = temp.getFileName().toString().substring(prefix.length());
                int dot = rest.indexOf('.');
                try {
                    long pid = Long.parseLong(dot < 0 ? rest : rest.substring(0, dot));
                    if (ProcessHandle.of(pid).isEmpty()) {
                        deleteQuietly(temp);
                    }
                } catch (NumberFormatException e) {
                    // not one of ours after all
                }
            }
        } catch (IOException e) {
            // a folder that cannot be listed cannot be written to either: that failure is reported next
        }
    }

    /** Temporary files are private; the output is a report meant to be read, as files made by a shell are. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // left for the next run to remove: it is hidden and named as ours
        }
        PENDING.remove(temp);
    }

    /**
     * A file written beside its target (or already written through to a device, or stopped part-way
     * and gone); closing it discards it unless it was committed.
     */
    public static final class Pending implements AutoCloseable {
        private final Path temp;
        private final Path target;
        private final Rendered rendered;
        private boolean committed;

        private Pending(Path temp, Path target, Rendered rendered) {
            this.temp = temp;
            this.target = target;
            this.rendered = rendered;
        }

        /** The temporary file, or null when there is none to put in place (written through, or stopped). */
        Path temp() {
            return temp;
        }

        /** Where the temporary file goes. */
        Path target() {
            return target;
        }

        /** Notes that the caller puts the temporary file in place: it is not this object's to remove any more. */
        void moved() {
            PENDING.remove(temp);
            committed = true;
        }

        /** What writing it came to: a stopped output has no file to put in place. */
        public Rendered rendered() {
            return rendered;
        }

        /** Renames the file into place, atomically where the file system can; nothing when stopped. */
        public void commit() throws IOException {
            if (temp != null) {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                PENDING.remove(temp);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed && temp != null) {
                Files.deleteIfExists(temp);
                PENDING.remove(temp);
            }
        }
    }
}
