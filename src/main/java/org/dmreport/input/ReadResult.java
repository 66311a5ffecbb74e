package org.dmreport.input;

import java.util.List;
import org.dmreport.model.Problem;
import org.dmreport.model.Snapshot;

/**
 * What one input gave: its snapshots in document order, and a problem for each document it could
 * not read; or, when {@code setAside} is not null, why it was not read at all (a file this tool
 * wrote), which the batch reports as a warning.
 */
public record ReadResult(List<Snapshot> snapshots, List<Problem> problems, String setAside) {
    public ReadResult {
        snapshots = List.copyOf(snapshots);
        problems = List.copyOf(problems);
    }

    public ReadResult(List<Snapshot> snapshots, List<Problem> problems) {
        this(snapshots, problems, null);
    }
}
