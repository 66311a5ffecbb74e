package org.dmreport.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.dmreport.app.ProgressListener;

/**
 * A progress line on standard error, only when it is a terminal: files and MiB read, rate, time
 * left; redrawn at most twice a second and erased at the end, so nothing of it stays in the output.
 */
final class ProgressLine implements ProgressListener {

    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final LongSupplier nanos;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong lastDraw = new AtomicLong();
    private volatile int totalFiles;
    private volatile long totalBytes;
    private volatile long start;
    private volatile boolean drawn;

    ProgressLine(PrintWriter err) {
        this(err, System::nanoTime);
    }

    /** With a clock of its own, for tests. */
    ProgressLine(PrintWriter err, LongSupplier nanos) {
        this.err = err;
        this.nanos = nanos;
    }

    @Override
    public void started(int inputs, long size) {
        totalFiles = inputs;
        totalBytes = size;
        start = nanos.getAsLong();
        lastDraw.set(start);
    }

    @Override
    public void read(long size) {
        int done = files.incrementAndGet();
        long read = bytes.addAndGet(size);
        long now = nanos.getAsLong();
        long last = lastDraw.get();
        if (now - last >= REDRAW_NANOS && lastDraw.compareAndSet(last, now)) {
            double seconds = Math.max(1e-3, (now - start) / 1e9);
            double rate = read / seconds;
            String left = rate > 0 && totalBytes > read
                    ? String.format(Locale.ROOT, ", %ds left", Math.round((totalBytes - read) / rate))
                    : "";
            synchronized (err) {
                err.print(String.format(
                        Locale.ROOT,
                        "\rread %,d of %,d files, %,.1f of %,.1f MiB, %,.1f MiB/s%s   ",
                        done,
                        totalFiles,
                        read / 1048576.0,
                        totalBytes / 1048576.0,
                        rate / 1048576.0,
                        left));
                err.flush();
                drawn = true;
            }
        }
    }

    @Override
    public void finished() {
        if (drawn) {
            synchronized (err) {
                err.print("\r" + " ".repeat(100) + "\r");
                err.flush();
            }
        }
    }
}
