package org.dmreport.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DM's error text as embedded in {@code msg}, {@code conflictMsg} and {@code RawCause}:
 * {@code [code=38008:class=dm-master:scope=internal:level=high], Message: ..., RawCause: ...,
 * Workaround: ...}. Absent parts are "".
 */
public record ErrorString(
        long code, String errClass, String scope, String level, String message, String rawCause, String workaround) {

    private static final Pattern HEAD =
            Pattern.compile("\\[code=(\\d+):class=([^:\\]]*):scope=([^:\\]]*):level=([^:\\]]*)\\]");

    /** Finds the first DM error in {@code text}; empty when it holds none. */
    public static Optional<ErrorString> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = HEAD.matcher(text);
        if (!m.find() || m.group(1).length() > 18) {
            return Optional.empty();
        }
        String rest = text.substring(m.end());
        return Optional.of(new ErrorString(
                Long.parseLong(m.group(1)),
                m.group(2),
                m.group(3),
                m.group(4),
                part(rest, "Message: "),
                part(rest, "RawCause: "),
                part(rest, "Workaround: ")));
    }

    private static String part(String rest, String label) {
        int start = rest.indexOf(", " + label);
        if (start < 0) {
            return "";
        }
        start += label.length() + 2;
        int end = rest.length();
        for (String next : new String[] {", RawCause: ", ", Workaround: "}) {
            int at = rest.indexOf(next, start);
            if (at >= 0 && at < end && !next.contains(label)) {
                end = at;
            }
        }
        return rest.substring(start, end);
    }
}
