package org.dmreport.model;

/**
 * Where a value stands in its document: an RFC 6901 JSON pointer and the 1-based line and
 * column of the value's first character in the input file.
 */
public record Origin(String pointer, int line, int column) {

    /** The origin of a value that has no place in a document (a whole file, stdin). */
    public static final Origin NONE = new Origin("", 0, 0);

    /** Escapes one reference token as RFC 6901 requires ({@code ~} and {@code /}). */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
