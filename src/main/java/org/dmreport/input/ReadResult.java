package org.dmreport.input;

import java.util.List;
import org.dmreport.model.Problem;
import org.dmreport.model.Snapshot;

/** What one input gave: its snapshots in document order, and a problem for each document it could not read. */
public record ReadResult(List<Snapshot> snapshots, List<Problem> problems) {
    public ReadResult {
        snapshots = List.copyOf(snapshots);
        problems = List.copyOf(problems);
    }
}
