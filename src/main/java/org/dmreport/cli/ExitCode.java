package org.dmreport.cli;

/** The process exit codes, documented in the README. */
public enum ExitCode {
    /** Everything was read (and, for {@code check}, nothing at or above the threshold was found). */
    OK(0),
    /** Findings at or above the {@code --fail-on} threshold. */
    FINDINGS(1),
    /** The command line is wrong. */
    USAGE(2),
    /** Some input was unreadable or not query-status output, or no document was found at all. */
    UNREADABLE(3),
    /** A bug: the message asks to rerun with {@code --debug}. */
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
