package org.dmreport.input.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * dmctl's own failure text, saved where a capture's JSON would be: with the master unreachable,
 * {@code query-status} prints {@code can not query TASK task's status(in sources [...])} and
 * {@code Error: ...} lines instead of a document (dm-behaviour §9). Such a file is a failed capture
 * that says something true about the cluster at that time, not a corrupt one.
 */
public final class DmctlFailure {

    private static final Pattern CANNOT_QUERY =
            Pattern.compile("^can not query (\\S+) task's status\\(in sources \\[(.*)]\\)\\s*$");
    private static final Pattern ERROR = Pattern.compile("^Error: (.+)$");

    /**
     * What dmctl said, and the line it starts on.
     *
     * @param line    1-based line of the first failure line
     * @param message the failure lines, joined with "; "
     */
    public record Said(int line, String message) {}

    private DmctlFailure() {}

    /** dmctl's failure text in {@code text}, or null: text with a '{' (a document) is never one. */
    public static Said find(char[] text) {
        for (char c : text) {
            if (c == '{') {
                return null;
            }
        }
        List<String> said = new ArrayList<>();
        int first = 0;
        int number = 0;
        for (String line : new String(text).split("\r?\n", -1)) {
            number++;
            String trimmed = line.strip();
            Matcher query = CANNOT_QUERY.matcher(trimmed);
            Matcher error = ERROR.matcher(trimmed);
            if (query.matches() || error.matches()) {
                first = first == 0 ? number : first;
                said.add(trimmed);
            }
        }
        return said.isEmpty() ? null : new Said(first, String.join("; ", said));
    }
}
