package org.dmreport.model;

import java.util.Locale;

/**
 * Text made safe for one line of a terminal: a file name or message may hold a newline, a carriage
 * return, an escape sequence or a bidirectional override, any of which would split, overwrite or
 * reorder the {@code PATH:LINE:COL: message} line a user or an editor reads. Such characters are
 * written as escapes ({@code \n}, {@code \r}, {@code \t}, else {@code \xHH} or {@code \u2028}-style),
 * everything else as it is.
 */
public final class Printable {

    private Printable() {}

    /** {@code text} as one line: every unsafe character, line breaks and tabs included, as an escape. */
    public static String line(String text) {
        return escaped(text, true);
    }

    /**
     * {@code text} for a page or a table cell, whose own format handles line breaks and tabs: the
     * other unsafe characters (an escape sequence, a bidirectional override) as escapes.
     */
    public static String text(String text) {
        return escaped(text, false);
    }

    private static String escaped(String text, boolean oneLine) {
        int first = 0;
        while (first < text.length() && !escapes(text.charAt(first), oneLine)) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!escapes(c, oneLine)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x100) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    private static boolean escapes(char c, boolean oneLine) {
        return unsafe(c) && (oneLine || (c != '\n' && c != '\r' && c != '\t'));
    }

    /**
     * Whether {@code c} would split, recolour or reorder a line shown as it is: C0 and C1 controls,
     * DEL, line and paragraph separators, and bidirectional formatting characters.
     */
    public static boolean unsafe(char c) {
        return c < 0x20
                || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200e'
                || c == '\u200f'
                || c == '\u061c';
    }
}
