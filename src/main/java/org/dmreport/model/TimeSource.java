package org.dmreport.model;

import java.util.Locale;

/** Which evidence gave a snapshot its capture time. */
public enum TimeSource {
    /** A timestamp in the input's path. */
    PATH,
    /** The file's modification time. */
    MTIME,
    /** Neither: standard input has no path and no modification time. */
    NONE;

    /** The lower-case name used in every output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
