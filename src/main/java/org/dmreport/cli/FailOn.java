package org.dmreport.cli;

import org.dmreport.findings.Severity;

/** {@code --fail-on}: the lowest severity that fails the run, or never. */
enum FailOn {
    ERROR,
    WARNING,
    INFO,
    NEVER;

    /** The threshold {@link org.dmreport.findings.Finding#fails} takes: null for never. */
    Severity threshold() {
        return this == NEVER ? null : Severity.valueOf(name());
    }

    @Override
    public String toString() {
        return Words.word(this);
    }
}
