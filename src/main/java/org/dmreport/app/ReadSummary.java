package org.dmreport.app;

import java.util.List;
import org.dmreport.model.Problem;

/**
 * What reading left besides the snapshots: every problem sorted, warnings about the walk, and counts.
 *
 * @param inputs    how many inputs were read
 * @param documents how many documents were found in them, readable or not
 * @param outsideWindow how many inputs found were not read, their captures lying outside the window
 */
public record ReadSummary(List<Problem> problems, List<String> warnings, int inputs, int documents, int outsideWindow) {
    public ReadSummary {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
