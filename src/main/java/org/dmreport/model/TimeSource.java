package org.dmreport.model;

import java.util.Locale;

/** Which evidence gave a snapshot its capture time. */
public enum TimeSource {
    /** A timestamp in the input's path. */
    PATH,
    /** The file's modification time. */
    MTIME,
    /**
     * None any more: the file's modification time is shared with files of other folders (a
     * checkout, a copy without {@code -p}), so it says nothing of when it was captured.
     */
    SHARED_MTIME,
    /** Given on the command line ({@code --captured-at}), for standard input. */
    GIVEN,
    /** Standard input without {@code --captured-at}: it has no path and no modification time. */
    STDIN,
    /** None: no timestamp in the path under {@code --time-from path}, or a file whose time cannot be read. */
    NONE;

    /** The lower-case name used in every output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
