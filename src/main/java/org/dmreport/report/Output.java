package org.dmreport.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One output's content, written when asked rather than held as a string: a table of every point of
 * a month of captures is written row by row into its file.
 */
@FunctionalInterface
public interface Output {

    /** Writes the whole content to {@code out}; the caller flushes and closes. */
    void writeTo(Writer out) throws IOException;

    /**
     * As {@link #writeTo(Writer)}, formatting pieces of a long content on {@code runner}'s threads
     * where the output can; the bytes are the same whatever the runner.
     */
    default void writeTo(Writer out, Runner runner) throws IOException {
        writeTo(out);
    }

    /** Runs independent tasks, on whatever threads it likes, and gives their results in order. */
    interface Runner {
        <T> List<T> run(List<Supplier<T>> tasks);

        /** Every task on the calling thread, one after the other. */
        Runner SEQUENTIAL = new Runner() {
            @Override
            public <T> List<T> run(List<Supplier<T>> tasks) {
                List<T> results = new ArrayList<>(tasks.size());
                tasks.forEach(task -> results.add(task.get()));
                return results;
            }
        };
    }

    /** Content already rendered. */
    static Output of(String text) {
        return out -> out.write(text);
    }
}
