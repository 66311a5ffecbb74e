package org.dmreport.app;

/** Hears how far reading has come; called from reading threads, so implementations are thread-safe. */
public interface ProgressListener {

    /** Hears nothing. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void started(int inputs, long bytes) {}

        @Override
        public void read(long bytes) {}

        @Override
        public void finished() {}
    };

    /** Reading begins: this many inputs, this many bytes on disk (0 when unknown). */
    void started(int inputs, long bytes);

    /** One more input was read; {@code bytes} its size on disk. */
    void read(long bytes);

    /** Reading is over. */
    void finished();
}
