package org.dmreport.findings;

import java.util.Locale;

/**
 * How much a finding matters; {@code --fail-on} compares against it. Each level is a claim about the
 * input that every rule is held to: {@link #claim()}.
 */
public enum Severity {
    ERROR("no DM version could print this document, or this sequence of captures, in any operation: it was "
            + "edited, corrupted, or assembled from different clusters"),
    WARNING("DM can print it, but only in a situation the operator should know about (a restart, a failover, "
            + "a race between two reads, a known DM bug); the rule's explanation names those situations and the "
            + "DM behaviour behind each, so a reader can tell which one happened"),
    INFO("worth knowing, nothing to act on");

    private final String claim;

    Severity(String claim) {
        this.claim = claim;
    }

    /** What a finding at this level claims about the input. */
    public String claim() {
        return claim;
    }

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
