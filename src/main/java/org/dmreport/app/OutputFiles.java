package org.dmreport.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.dmreport.report.Output;

/**
 * Writes an output file atomically: to a temporary file beside it, then renamed into place, so a
 * killed run never leaves half a file over a good one.
 */
public final class OutputFiles {

    private OutputFiles() {}

    /** Temporary files are private; the output is a report meant to be read, as files made by a shell are. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    public static void write(Path target, String content) throws IOException {
        write(target, Output.of(content));
    }

    /** Writes {@code content} as UTF-8, streamed into the temporary file. */
    public static void write(Path target, Output content) throws IOException {
        try (Pending pending = prepare(target, content)) {
            pending.commit();
        }
    }

    /**
     * Writes {@code content} as UTF-8 into a temporary file beside {@code target}, which the caller
     * then puts in place or discards: several files can be written and then kept only together.
     * Whatever {@code content} throws is thrown, and the temporary file is gone.
     */
    public static Pending prepare(Path target, Output content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        boolean written = false;
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            readableByAll(temp);
            written = true;
            return new Pending(temp, absolute);
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A file written beside its target; closing it discards it unless it was committed. */
    public static final class Pending implements AutoCloseable {
        private final Path temp;
        private final Path target;
        private boolean committed;

        private Pending(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        /** Renames the file into place, atomically where the file system can. */
        public void commit() throws IOException {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
