package org.dmreport.app;

import java.util.List;
import org.dmreport.model.Problem;

/**
 * What a run read: one item per snapshot (reduced as the caller asked) in capture order, every
 * problem sorted, and warnings about the walk.
 *
 * @param inputs    how many inputs were read
 * @param documents how many documents were found in them, readable or not
 */
public record Batch<T>(List<T> items, List<Problem> problems, List<String> warnings, int inputs, int documents) {
    public Batch {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
