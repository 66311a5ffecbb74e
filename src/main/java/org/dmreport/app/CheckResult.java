package org.dmreport.app;

import java.util.List;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.analysis.StoredSeries;
import org.dmreport.findings.Finding;
import org.dmreport.model.Problem;
import org.dmreport.store.SpillingPointStore;

/**
 * What a check found, in the one finding order.
 *
 * @param statuses      every snapshot's status view, in capture order
 * @param subtasks      every subtask's series (loaded when asked); {@code sources} every source's
 * @param staleBaseline baseline entries that matched no finding ({@code FINGERPRINT RULE})
 * @param outdatedBaseline how many of them are health entries written before health findings were
 *                      accepted by episode
 * @param outsideWindow inputs found but not read, their captures lying outside the window
 * @param store         where {@code subtasks} keep their points: closed with this result, after which
 *                      they cannot be read
 */
public record CheckResult(
        List<Finding> findings,
        List<Problem> problems,
        List<String> warnings,
        List<SnapshotStatus> statuses,
        List<StoredSeries> subtasks,
        List<SourceSeries> sources,
        List<String> staleBaseline,
        int outdatedBaseline,
        int inputs,
        int documents,
        int outsideWindow,
        SpillingPointStore store)
        implements AutoCloseable {
    public CheckResult {
        subtasks = List.copyOf(subtasks);
        sources = List.copyOf(sources);
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        statuses = List.copyOf(statuses);
        staleBaseline = List.copyOf(staleBaseline);
    }

    /**
     * Whether nothing was read only because the window holds no capture: a report of an empty
     * window, not a failure to find documents.
     */
    public boolean emptyWindow() {
        return statuses.isEmpty() && problems.isEmpty() && outsideWindow > 0;
    }

    /** Removes the series' temporary file, if they needed one. */
    @Override
    public void close() {
        store.close();
    }
}
