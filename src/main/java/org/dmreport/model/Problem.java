package org.dmreport.model;

/**
 * One input, or one document in it, that could not be read as query-status output. Problems are
 * values: they are collected, sorted and printed, never thrown.
 *
 * @param input  the input as the user named it ({@code -} for standard input)
 * @param line   1-based line, 0 when the problem concerns the whole input
 * @param column 1-based column, 0 when unknown
 */
public record Problem(String input, int line, int column, String message) {

    /** The one-line form users see: {@code PATH:LINE:COL: message}, control characters escaped. */
    public String format() {
        return Printable.line(input + ":" + line + ":" + column + ": " + message);
    }
}
