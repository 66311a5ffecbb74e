package org.dmreport.app;

import java.util.List;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.analysis.StoredSeries;
import org.dmreport.findings.Finding;
import org.dmreport.model.Problem;

/**
 * What a check found, in the one finding order.
 *
 * @param statuses      every snapshot's status view, in capture order
 * @param subtasks      every subtask's series (loaded when asked); {@code sources} every source's
 * @param staleBaseline baseline fingerprints that matched no finding
 */
public record CheckResult(List<Finding> findings, List<Problem> problems, List<String> warnings,
                          List<SnapshotStatus> statuses, List<StoredSeries> subtasks, List<SourceSeries> sources,
                          List<String> staleBaseline, int inputs, int documents) {
    public CheckResult {
        subtasks = List.copyOf(subtasks);
        sources = List.copyOf(sources);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        statuses = List.copyOf(statuses);
        staleBaseline = List.copyOf(staleBaseline);
    }
}
