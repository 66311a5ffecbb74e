package org.dmreport.input;

/**
 * Thrown inside the reader to abandon one document or input; always caught in {@link DumpReader}
 * and turned into a {@link org.dmreport.model.Problem}. Never escapes this package.
 */
public final class ReadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;
    /** Over a reading limit: reading the same text another way would meet the same limit. */
    final boolean overLimit;

    public ReadFailure(int line, int column, String message) {
        this(line, column, message, false);
    }

    public ReadFailure(int line, int column, String message, boolean overLimit) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
        this.overLimit = overLimit;
    }
}
