package org.dmreport.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.dmreport.analysis.PointStore;
import org.dmreport.analysis.SubtaskPoint;

/**
 * Keeps series of points encoded by a {@link PointCodec} (a few dozen bytes a point) in buffers,
 * and when the buffers of all series together pass a budget, writes each as a chunk to one
 * temporary file and empties them. Memory so holds the budget, not the batch; the file is read back
 * one chunk at a time. It is opened to be deleted on close, which on POSIX systems unlinks it at
 * once (nothing is left even if the process is killed; its space is freed when the channel is
 * closed or collected), elsewhere when it is closed or the JVM exits. A small batch never touches
 * the disk. Whoever opens it closes it, when the series read from it are no longer needed.
 */
public final class SpillingPointStore implements PointStore, AutoCloseable {

    /**
     * Buffered bytes of all series together before they go to the file: a sixteenth of the heap, at
     * most 1 MiB (a series' chunk is then some KiB, read back in one call). Buffers kept longer
     * outlive several young collections and die in the old generation: with 4 MiB, a check of 1 GB
     * made 28 full collections (0.9 s of pauses), with 1 MiB 8.
     */
    public static final int DEFAULT_BUDGET =
            (int) Math.min(1L << 20, Runtime.getRuntime().maxMemory() / 16);

    /** A series: the chunks already in the file (offset, length) and the buffer after them. */
    private static final class Series {
        final List<long[]> chunks = new ArrayList<>();
        Bytes buffer = new Bytes(INITIAL_BUFFER);
    }

    private static final int INITIAL_BUFFER = 256;

    private final PointCodec codec = new PointCodec();
    private final List<Series> series = new ArrayList<>();
    private final int budget;
    private int buffered;
    private FileChannel file;
    private long fileSize;

    public SpillingPointStore(int budget) {
        this.budget = budget;
    }

    @Override
    public int open() {
        series.add(new Series());
        return series.size() - 1;
    }

    @Override
    public void append(int id, SubtaskPoint point) {
        Bytes buffer = series.get(id).buffer;
        int before = buffer.size();
        codec.write(point, buffer);
        buffered += buffer.size() - before;
        if (buffered > budget) {
            spill();
        }
    }

    @Override
    public Iterator<SubtaskPoint> read(int id, boolean withErrorsOnly) {
        Series s = series.get(id);
        List<long[]> chunks = List.copyOf(s.chunks);
        byte[] tail = Arrays.copyOf(s.buffer.array(), s.buffer.size());
        return new Iterator<>() {
            private int chunk;
            private Bytes.Reader reader = chunks.isEmpty() ? tail() : load(chunks.get(0));
            private SubtaskPoint next = advance();

            /** The next point wanted, reading on through the chunks and then the buffer; null at the end. */
            private SubtaskPoint advance() {
                while (true) {
                    while (!reader.hasMore()) {
                        if (chunk >= chunks.size()) {
                            return null;
                        }
                        chunk++;
                        reader = chunk < chunks.size() ? load(chunks.get(chunk)) : tail();
                    }
                    SubtaskPoint p = codec.read(reader, withErrorsOnly);
                    if (p != null) {
                        return p;
                    }
                }
            }

            private Bytes.Reader tail() {
                return new Bytes.Reader(tail, 0, tail.length);
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public SubtaskPoint next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                SubtaskPoint p = next;
                next = advance();
                return p;
            }
        };
    }

    /** Deletes the file, if there is one. */
    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes every series' buffer to the file as one chunk each, and empties them. */
    private void spill() {
        try {
            if (file == null) {
                Path path = Files.createTempFile("dmreport-series-", ".bin");
                path.toFile().deleteOnExit();
                file = FileChannel.open(
                        path, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
            }
            for (Series s : series) {
                int size = s.buffer.size();
                if (size == 0) {
                    continue;
                }
                ByteBuffer bytes = ByteBuffer.wrap(s.buffer.array(), 0, size);
                long at = fileSize;
                while (bytes.hasRemaining()) {
                    fileSize += file.write(bytes, fileSize);
                }
                s.chunks.add(new long[] {at, size});
                // A fresh buffer the size of this chunk and an eighth: the next one mostly fits without
                // growing by copies, and all of them together stay near the budget (keeping the old
                // buffers, each grown to its largest chunk, would hold up to twice the budget).
                s.buffer = new Bytes(size + size / 8);
            }
            buffered = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary file of series: " + e.getMessage(), e);
        }
    }

    private Bytes.Reader load(long[] chunk) {
        byte[] bytes = new byte[(int) chunk[1]];
        ByteBuffer target = ByteBuffer.wrap(bytes);
        try {
            while (target.hasRemaining()) {
                int read = file.read(target, chunk[0] + target.position());
                if (read < 0) {
                    throw new IOException("the temporary file of series ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the temporary file of series: " + e.getMessage(), e);
        }
        return new Bytes.Reader(bytes, 0, bytes.length);
    }
}
