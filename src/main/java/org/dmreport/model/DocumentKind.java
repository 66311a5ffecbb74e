package org.dmreport.model;

import java.util.Locale;

/** The three kinds of query-status output (dm-behaviour §1). */
public enum DocumentKind {
    /** {@code query-status} with no argument: one line per task. */
    SUMMARY,
    /** The full per-source response. */
    FULL,
    /** {@code result: false} with nothing else: unknown task or source. */
    FAILED;

    /** The lower-case name used in every output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
