package org.dmreport.findings;

import java.util.Locale;

/** How much a finding matters; {@code --fail-on} compares against it. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in every output and option. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** Parses {@code error}, {@code warning} or {@code info}. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.label().equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("a severity is error, warning or info, not '" + text + "'");
    }
}
