package org.dmreport.app;

import java.util.concurrent.Semaphore;

/**
 * The memory that inputs read at the same time may take together. Reading one input holds its
 * text (twice over when it must be decoded to characters, once more per document the lenient
 * scanner cuts out), so each read first reserves an estimate of that, and a large input waits until
 * others are done; one larger than the whole budget is read alone. Each input's own cost is
 * bounded by {@code --max-input-size} and the reader's limits; the budget bounds their sum.
 */
final class MemoryBudget {

    /** What reading costs, in bytes of memory per byte of input, at most: bytes, characters, a copy. */
    private static final int COST_PER_BYTE = 5;
    /** A gzip input's text is about this many times its size; a bomb is cut off at the input limit. */
    private static final int GZIP_RATIO = 8;

    private final Semaphore kib;
    private final int total;

    /** A budget of a quarter of the heap, between 64 and 256 MiB. */
    static MemoryBudget ofHeap() {
        long quarter = Runtime.getRuntime().maxMemory() / 4;
        return new MemoryBudget(Math.max(64L << 20, Math.min(256L << 20, quarter)));
    }

    MemoryBudget(long bytes) {
        this.total = (int) (bytes >> 10);
        this.kib = new Semaphore(total, true);
    }

    /** Reserves what reading an input of {@code size} bytes may cost; the reservation is closed when read. */
    Reservation reserve(long size, boolean gzip, long inputLimit) {
        long text = Math.min(inputLimit, gzip ? size * GZIP_RATIO : size);
        int wanted = (int) Math.min(total, Math.max(1, (text * COST_PER_BYTE) >> 10));
        kib.acquireUninterruptibly(wanted);
        return () -> kib.release(wanted);
    }

    /** A reservation, released once. */
    interface Reservation extends AutoCloseable {
        @Override
        void close();
    }
}
