package org.dmreport.input.core;

/**
 * Thrown inside the reader to abandon one document or input; always caught in
 * {@link org.dmreport.input.DumpReader} and turned into a {@link org.dmreport.model.Problem}. Never
 * escapes {@code input}.
 */
public final class ReadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final boolean overLimit;

    public ReadFailure(int line, int column, String message) {
        this(line, column, message, false);
    }

    public ReadFailure(int line, int column, String message, boolean overLimit) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
        this.overLimit = overLimit;
    }

    /** The line the failure is at, from 1; 0 when it concerns the whole input. */
    public int line() {
        return line;
    }

    /** The column the failure is at, from 1; 0 when it concerns the whole input or line. */
    public int column() {
        return column;
    }

    /** Over a reading limit: reading the same text another way would meet the same limit. */
    public boolean overLimit() {
        return overLimit;
    }
}
