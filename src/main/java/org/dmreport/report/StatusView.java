package org.dmreport.report;

import java.util.List;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.model.Problem;

/** Everything {@code dmreport status} prints: snapshots in capture order, problems sorted. */
public record StatusView(List<SnapshotStatus> snapshots, List<Problem> problems) {
    public StatusView {
        snapshots = List.copyOf(snapshots);
        problems = List.copyOf(problems);
    }
}
