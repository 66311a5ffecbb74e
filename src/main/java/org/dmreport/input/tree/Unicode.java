package org.dmreport.input.tree;

import java.util.Locale;

/**
 * Well-formed UTF-16 for what was read: JSON's {@code \\uD800} escapes can name a lone surrogate,
 * which Java strings hold but no UTF-8 output can encode.
 */
public final class Unicode {

    private static final char REPLACEMENT = '\uFFFD';
    private static final int SHOWN = 60;

    private Unicode() {}

    /** {@code text} itself when it is well-formed, else a copy with each lone surrogate as U+FFFD. */
    public static String wellFormed(String text) {
        int k = firstLone(text, 0);
        if (k < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        while (k >= 0) {
            out.setCharAt(k, REPLACEMENT);
            k = firstLone(text, k + 1);
        }
        return out.toString();
    }

    /** {@code text} with each lone surrogate written as its escape ({@code \\ud800}), cut to a printable length. */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < text.length() && out.length() < SHOWN; k++) {
            char c = text.charAt(k);
            if (isLone(text, k)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.length() < SHOWN ? out.toString() : out + "…";
    }

    private static int firstLone(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            if (Character.isSurrogate(text.charAt(k)) && isLone(text, k)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isLone(String text, int k) {
        char c = text.charAt(k);
        if (Character.isHighSurrogate(c)) {
            return k + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(k + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return k == 0 || !Character.isHighSurrogate(text.charAt(k - 1));
        }
        return false;
    }
}
