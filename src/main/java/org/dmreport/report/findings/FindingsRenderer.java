package org.dmreport.report.findings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Turns a findings view into one output format, written as it is produced: a flood of findings
 * never becomes one string in memory. Renderers are stateless and deterministic.
 */
public interface FindingsRenderer {

    /** The format's name as {@code -f} takes it. */
    String format();

    /** Writes the whole output to {@code out}; the caller flushes and closes. */
    void render(FindingsView view, Writer out) throws IOException;

    /** The whole output as a string, for tests and small views. */
    default String render(FindingsView view) {
        StringWriter text = new StringWriter();
        try {
            render(view, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
