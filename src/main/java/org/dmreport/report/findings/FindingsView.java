package org.dmreport.report.findings;

import java.util.List;
import org.dmreport.findings.Finding;
import org.dmreport.findings.FindingCounts;
import org.dmreport.findings.Severity;
import org.dmreport.model.Problem;
import org.dmreport.rules.RuleDescriptor;

/**
 * Everything a findings renderer shows, prepared once: findings in their one order, the rules that
 * ran, the threshold, and the counts.
 *
 * @param inputs        every input read, in order (JUnit makes a suite of each)
 * @param rules         the rules that ran, in catalogue order
 * @param failOn        the threshold, or null for {@code never}
 * @param staleBaseline baseline entries that matched nothing
 * @param docsUrl       where the user publishes this tool's rule catalogue ({@code --docs-url}), "" for
 *                      nowhere: SARIF then links the tool and each rule's section to it
 */
public record FindingsView(
        List<Finding> findings,
        List<Problem> problems,
        List<String> inputs,
        List<RuleDescriptor> rules,
        Severity failOn,
        List<String> staleBaseline,
        int documents,
        String version,
        String docsUrl) {

    public FindingsView {
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
        staleBaseline = List.copyOf(staleBaseline);
    }

    /** Whether {@code f} counts against the threshold. */
    public boolean fails(Finding f) {
        return f.fails(failOn);
    }

    /** Findings not accepted by a baseline, in order: the ones line-per-finding formats show. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.baselined()).toList();
    }

    /** The findings by severity and those a baseline accepts, each counted as often as it was found. */
    public FindingCounts counts() {
        return FindingCounts.of(findings);
    }

    /** Whether any finding fails the threshold. */
    public boolean failed() {
        return findings.stream().anyMatch(this::fails);
    }
}
