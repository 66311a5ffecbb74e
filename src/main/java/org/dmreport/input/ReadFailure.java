package org.dmreport.input;

/**
 * Thrown inside the reader to abandon one document or input; always caught in {@link DumpReader}
 * and turned into a {@link org.dmreport.model.Problem}. Never escapes this package.
 */
final class ReadFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;

    ReadFailure(int line, int column, String message) {
        super(message, null, false, false);
        this.line = line;
        this.column = column;
    }
}
