package org.dmreport.app;

import org.dmreport.findings.Baseline;
import org.dmreport.rules.RuleSelection;
import org.dmreport.rules.RuleSettings;

/** Everything {@code dmreport check} needs besides its outputs. */
public record CheckRequest(ReadRequest read, RuleSelection selection, RuleSettings settings, Baseline baseline) {}
