package org.dmreport.app;

import java.util.List;
import org.dmreport.model.Problem;

/**
 * What reading left besides the snapshots: every problem sorted, warnings about the walk, and counts.
 *
 * @param inputs    how many inputs were read
 * @param documents how many documents were found in them, readable or not
 * @param outsideWindow how many inputs found were not read, their captures lying outside the window
 * @param discovered every input found, with its capture time, before the window chose: what a
 *                   later read of other captures of the same inputs starts from; null when the
 *                   window does not look back ({@link ReadWindow#looksBack})
 */
public record ReadSummary(
        List<Problem> problems,
        List<String> warnings,
        int inputs,
        int documents,
        int outsideWindow,
        Ingest.Discovered discovered) {
    public ReadSummary {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
