package org.dmreport.model;

import java.time.Instant;

/**
 * One input, or one document in it, that could not be read as query-status output. Problems are
 * values: they are collected, sorted and printed, never thrown.
 *
 * @param input  the input as the user named it ({@code -} for standard input)
 * @param cluster the DM cluster its path names, "" for none
 * @param line   1-based line, 0 when the problem concerns the whole input
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong, on one line: text taken from the input (a key, a value) has its
 *               control characters escaped here, whoever built the message
 * @param capturedAt the capture time the input's path (or modification time) gives, known before it
 *               was read; null when none (standard input, an argument)
 */
public record Problem(String input, String cluster, int line, int column, String message, Instant capturedAt) {

    public Problem {
        message = Printable.line(message);
    }

    /** A problem of an input whose capture time is not known here. */
    public Problem(String input, String cluster, int line, int column, String message) {
        this(input, cluster, line, column, message, null);
    }

    /** This problem, of an input captured at {@code at}. */
    public Problem capturedAt(Instant at) {
        return new Problem(input, cluster, line, column, message, at);
    }

    /** A problem with an input whose path names no cluster, or with an argument. */
    public Problem(String input, int line, int column, String message) {
        this(input, "", line, column, message);
    }

    /** The one-line form users see: {@code PATH:LINE:COL: message}, control characters escaped. */
    public String format() {
        return Printable.line(input) + ":" + line + ":" + column + ": " + message;
    }
}
