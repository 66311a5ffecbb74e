package org.dmreport.app;

import org.dmreport.findings.Baseline;
import org.dmreport.rules.RuleSelection;
import org.dmreport.rules.RuleSettings;

/**
 * Everything {@code dmreport check} needs besides its outputs.
 *
 * @param each every occurrence of a finding repeated in consecutive captures, rather than one
 *             folded finding with its count ({@link org.dmreport.findings.Folding})
 */
public record CheckRequest(
        ReadRequest read, RuleSelection selection, RuleSettings settings, Baseline baseline, boolean each) {}
