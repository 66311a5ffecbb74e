package org.dmreport.findings;

import java.util.Locale;

/** What kind of check a rule makes. */
public enum Category {
    /** How the text was read: accommodations, repairs, unreadable documents. */
    INPUT,
    /** The published JSON Schema. */
    SCHEMA,
    /** Values within one document, or documents of one capture, that contradict each other. */
    CONSISTENCY,
    /** Changes between consecutive captures that DM cannot make. */
    TRANSITION,
    /** Operational state worth attention: errors, pauses, stalls, lag, blocked locks. */
    HEALTH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category parse(String text) {
        for (Category c : values()) {
            if (c.label().equals(text)) {
                return c;
            }
        }
        throw new IllegalArgumentException(
                "a category is input, schema, consistency, transition or health, not '" + text + "'");
    }
}
