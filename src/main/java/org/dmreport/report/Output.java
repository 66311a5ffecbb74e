package org.dmreport.report;

import java.io.IOException;
import java.io.Writer;

/**
 * One output's content, written when asked rather than held as a string: a table of every point of
 * a month of captures is written row by row into its file.
 */
@FunctionalInterface
public interface Output {

    /** Writes the whole content to {@code out}; the caller flushes and closes. */
    void writeTo(Writer out) throws IOException;

    /** Content already rendered. */
    static Output of(String text) {
        return out -> out.write(text);
    }
}
