package org.dmreport.model;

import java.util.Optional;

/**
 * A binlog position as DM prints it, {@code (mysql-bin.000123, 4567)}. Positions read from the
 * relay log carry the relay sub-directory in the file name, {@code (mysql-bin|000002.000001, 30690)};
 * {@link #file()} is the name without it, comparable with the upstream's {@code masterBinlog}.
 *
 * @param baseName   file name before the index, e.g. {@code mysql-bin}
 * @param relaySuffix the relay sub-directory suffix without {@code |}, or "" when absent
 * @param index      the numeric file index, e.g. 123
 * @param indexText  the index as printed, keeping its zero padding
 * @param pos        the byte offset in the file
 */
public record BinlogPosition(String baseName, String relaySuffix, long index, String indexText, long pos)
        implements Comparable<BinlogPosition> {

    /**
     * Parses DM's form, {@code (NAME[|RELAY].INDEX, POS)} with optional white space inside the
     * parentheses; empty for {@code ""} (upstream not readable) or anything else. NAME holds none of
     * {@code , | ( )}; INDEX and POS are at most 18 digits. Read by hand rather than with a regular
     * expression: it runs several times for every subtask of every capture.
     */
    public static Optional<BinlogPosition> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String s = text.strip();
        int comma = s.indexOf(',');
        if (s.length() < 2 || s.charAt(0) != '(' || s.charAt(s.length() - 1) != ')' || comma < 0) {
            return Optional.empty();
        }
        int headStart = skipSpace(s, 1, comma);
        int headEnd = comma;
        while (headEnd > headStart && isSpace(s.charAt(headEnd - 1))) {
            headEnd--;
        }
        int indexStart = digitsBefore(s, headStart, headEnd);
        int dot = indexStart - 1;
        if (indexStart == headEnd || dot < headStart || s.charAt(dot) != '.') {
            return Optional.empty();
        }
        int nameEnd = dot;
        String relay = "";
        int bar = s.lastIndexOf('|', dot);
        if (bar >= headStart) {
            if (digitsBefore(s, bar + 1, dot) != bar + 1 || bar + 1 == dot) {
                return Optional.empty();
            }
            relay = s.substring(bar + 1, dot);
            nameEnd = bar;
        }
        for (int i = headStart; i < nameEnd; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '|' || c == '(' || c == ')') {
                return Optional.empty();
            }
        }
        int posStart = skipSpace(s, comma + 1, s.length() - 1);
        int posEnd = posStart;
        while (posEnd < s.length() - 1 && isDigit(s.charAt(posEnd))) {
            posEnd++;
        }
        if (posEnd == posStart
                || skipSpace(s, posEnd, s.length() - 1) != s.length() - 1
                || headEnd - indexStart > 18
                || posEnd - posStart > 18) {
            return Optional.empty();
        }
        String indexText = s.substring(indexStart, headEnd);
        return Optional.of(new BinlogPosition(
                s.substring(headStart, nameEnd),
                relay,
                Long.parseLong(indexText),
                indexText,
                Long.parseLong(s, posStart, posEnd, 10)));
    }

    /**
     * Whether {@code text} is a position with no file name, {@code (, 4)} or {@code (, 0)}: what DM
     * prints before the first binlog file or checkpoint, and when the upstream could not be read. It
     * names no place in any file, so no gap or lag can be computed against it.
     */
    public static boolean withoutFile(String text) {
        if (text == null) {
            return false;
        }
        String s = text.strip();
        if (s.length() < 4 || s.charAt(0) != '(' || s.charAt(s.length() - 1) != ')') {
            return false;
        }
        int comma = skipSpace(s, 1, s.length() - 1);
        if (comma >= s.length() - 1 || s.charAt(comma) != ',') {
            return false;
        }
        int digits = skipSpace(s, comma + 1, s.length() - 1);
        int end = digits;
        while (end < s.length() - 1 && isDigit(s.charAt(end))) {
            end++;
        }
        return end > digits && skipSpace(s, end, s.length() - 1) == s.length() - 1;
    }

    /** The first index from {@code from} (before {@code end}) that is not ASCII white space. */
    private static int skipSpace(String s, int from, int end) {
        int i = from;
        while (i < end && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The start of the run of ASCII digits that ends at {@code end}, not before {@code from}. */
    private static int digitsBefore(String s, int from, int end) {
        int i = end;
        while (i > from && isDigit(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The file name without the relay suffix, e.g. {@code mysql-bin.000001}. */
    public String file() {
        return baseName + "." + indexText;
    }

    /** Same file (relay suffix ignored) and same offset. */
    public boolean samePlace(BinlogPosition other) {
        return baseName.equals(other.baseName) && index == other.index && pos == other.pos;
    }

    /** Orders by file index, then offset; the base names are assumed to be the same. */
    @Override
    public int compareTo(BinlogPosition other) {
        int c = Long.compare(index, other.index);
        return c != 0 ? c : Long.compare(pos, other.pos);
    }

    @Override
    public String toString() {
        String name = relaySuffix.isEmpty() ? baseName : baseName + "|" + relaySuffix;
        return "(" + name + "." + indexText + ", " + pos + ")";
    }
}
