package org.dmreport.report.view;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.dmreport.analysis.Incident;
import org.dmreport.analysis.Incidents;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.analysis.StoredSeries;
import org.dmreport.findings.Finding;
import org.dmreport.model.Problem;
import org.dmreport.rules.RuleDescriptor;

/**
 * What a report is built from: the analysis of a check run (already narrowed to the asked time
 * window and tasks), the rules that ran, and how to show times.
 *
 * @param incidents   the incidents of {@code findings}' episodes ({@link Incidents#of})
 * @param generatedAt when the report was made, "" for none (the default: reports are reproducible)
 * @param lagThreshold the {@code --lag-threshold} the check ran with, drawn on the lag charts
 */
public record ReportInput(
        List<SnapshotStatus> statuses,
        List<StoredSeries> subtasks,
        List<SourceSeries> sources,
        List<Finding> findings,
        List<Incident> incidents,
        List<Problem> problems,
        List<RuleDescriptor> rules,
        int files,
        int documents,
        ZoneId zone,
        String generatedAt,
        Duration lagThreshold) {
    public ReportInput {
        statuses = List.copyOf(statuses);
        subtasks = List.copyOf(subtasks);
        sources = List.copyOf(sources);
        findings = List.copyOf(findings);
        incidents = List.copyOf(incidents);
        problems = List.copyOf(problems);
        rules = List.copyOf(rules);
    }
}
