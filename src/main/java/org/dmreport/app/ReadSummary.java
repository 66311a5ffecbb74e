package org.dmreport.app;

import java.util.List;
import org.dmreport.model.Problem;

/**
 * What reading left besides the snapshots: every problem sorted, warnings about the walk, and counts.
 *
 * @param inputs    how many inputs were read
 * @param documents how many documents were found in them, readable or not
 */
public record ReadSummary(List<Problem> problems, List<String> warnings, int inputs, int documents) {
    public ReadSummary {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
