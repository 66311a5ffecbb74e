package org.dmreport.input.schema;

import java.util.function.Predicate;

/**
 * The two patterns of the bundled full-response schema that every document tries on most of its
 * strings, written out: each says exactly what {@code Pattern.compile(regex).matcher(s).lookingAt()}
 * says, with no matcher to reset and no backtracking to try. {@code KnownPatternsTest} compares
 * them with the regular expressions on generated strings, line terminators included. A pattern
 * not listed here is matched by its regular expression.
 */
final class KnownPatterns {

    /** A 64-bit integer as DM's marshaller prints it. */
    static final String INT64 = "^-?[0-9]+$";
    /** A binlog position, or "" when unknown. */
    static final String BINLOG_POSITION = "^$|^\\([^,()]*, [0-9]+\\)$";

    private KnownPatterns() {}

    /** The written-out test of {@code regex}, or null when it has none. */
    static Predicate<String> of(String regex) {
        if (regex.equals(INT64)) {
            return KnownPatterns::int64;
        }
        if (regex.equals(BINLOG_POSITION)) {
            return KnownPatterns::binlogPosition;
        }
        return null;
    }

    /** {@code -?[0-9]+}, then what {@code $} accepts. */
    static boolean int64(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = digits(s, i);
        return digits > i && atEnd(s, digits);
    }

    /**
     * {@code ""} as {@code ^$} reads it, or {@code (NAME, DIGITS)}: NAME is zero or more characters
     * none of {@code , ( )} (DM prints {@code (, 4)} before the first file or checkpoint; the run ends
     * where it must, and no shorter run could be followed by ", "), then what {@code $} accepts
     * after the closing parenthesis.
     */
    static boolean binlogPosition(String s) {
        if (atEnd(s, 0)) {
            return true;
        }
        if (!s.startsWith("(")) {
            return false;
        }
        int i = 1;
        while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '(' && s.charAt(i) != ')') {
            i++;
        }
        if (!s.startsWith(", ", i)) {
            return false;
        }
        int digits = digits(s, i + 2);
        return digits > i + 2 && digits < s.length() && s.charAt(digits) == ')' && atEnd(s, digits + 1);
    }

    /** The index after the ASCII digits from {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /**
     * Where {@code $} (neither MULTILINE nor UNIX_LINES) matches at {@code i}: at the end, or before
     * one line terminator that ends the input ({@code \r\n} counting as one; not between the two).
     */
    private static boolean atEnd(String s, int i) {
        int rest = s.length() - i;
        if (rest == 0) {
            return true;
        }
        if (rest == 2) {
            return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        }
        if (rest != 1) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '\n') {
            return i == 0 || s.charAt(i - 1) != '\r';
        }
        return c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
