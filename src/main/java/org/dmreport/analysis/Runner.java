package org.dmreport.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs independent pure tasks, on whatever threads it likes, and gives their results in the tasks'
 * order: the rules over each series and the formatting of a long table's rows are cut into such
 * tasks, so their output is the same on any number of threads.
 */
public interface Runner {

    /** The results of {@code tasks}, in order; a task's exception is thrown. */
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
