package org.dmreport.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Turns a prepared view into one output format, written as it is produced: a large view never
 * becomes one string in memory. Every output of every command ({@code status}, {@code check}, the
 * single-file forms of {@code report}) is a renderer of its command's view, found by format name
 * in {@link Renderers}. Renderers are stateless and deterministic.
 *
 * @param <V> the view it renders
 */
public interface Renderer<V> {

    /** The format's name as {@code -f} takes it. */
    String format();

    /** Writes the whole output to {@code out}; the caller flushes and closes. */
    void render(V view, Writer out) throws IOException;

    /** The output of {@code view} to be written when asked. */
    default Output of(V view) {
        return out -> render(view, out);
    }

    /** The whole output as a string, for tests and small views. */
    default String render(V view) {
        StringWriter text = new StringWriter();
        try {
            render(view, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
