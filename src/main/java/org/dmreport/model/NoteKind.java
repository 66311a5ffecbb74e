package org.dmreport.model;

/** What kind of step a {@link Note} records; {@link #isRepair()} tells lenient repairs apart. */
public enum NoteKind {
    GZIP,
    BYTE_ORDER_MARK,
    UTF16,
    LINE_ENDINGS,
    ZERO_WIDTH_REMOVED,
    TEXT_BEFORE_SKIPPED,
    TEXT_AFTER_SKIPPED,
    TEXT_BETWEEN_SKIPPED,
    DUPLICATE_KEY,
    KEY_CASE,
    VALUE_TYPE,
    INVALID_UNICODE,
    /** dmctl's failure text read as a failed capture: the master did not answer. */
    DMCTL_FAILURE,
    COMMENT_REMOVED(true),
    TRAILING_COMMA_REMOVED(true),
    COMMA_INSERTED(true),
    ELISION_REMOVED(true),
    FRAGMENT_WRAPPED(true);

    private final boolean repair;

    NoteKind() {
        this(false);
    }

    NoteKind(boolean repair) {
        this.repair = repair;
    }

    /** True for the steps only {@code --lenient} takes, which change what the text says. */
    public boolean isRepair() {
        return repair;
    }
}
