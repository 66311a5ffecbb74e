package org.dmreport.report;

import java.io.IOException;
import java.io.Writer;
import org.dmreport.analysis.Runner;

/**
 * One output's content, written when asked rather than held as a string: a table of every point of
 * a month of captures is written row by row into its file.
 */
@FunctionalInterface
public interface Output {

    /**
     * Writes the whole content to {@code out}, formatting pieces of a long content on
     * {@code runner}'s threads where it can (the bytes are the same whatever the runner); the caller
     * flushes and closes. What it came to is returned: a problem of its own leaves a part in
     * {@code out}, which the caller discards.
     */
    Rendered writeTo(Writer out, Runner runner) throws IOException;

    /**
     * Whether {@link #writeTo} can stop part-way on a problem of its own (a template's): such an
     * output reaches a stream that cannot be taken back, such as standard output, only once whole.
     */
    default boolean canStop() {
        return false;
    }

    /** Content already rendered. */
    static Output of(String text) {
        return (out, runner) -> {
            out.write(text);
            return Rendered.WHOLE;
        };
    }
}
