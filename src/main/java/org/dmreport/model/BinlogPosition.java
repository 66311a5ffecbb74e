package org.dmreport.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern FORM = Pattern.compile(
            "\\(\\s*([^,|()]*?)(?:\\|(\\d+))?\\.(\\d+)\\s*,\\s*(\\d+)\\s*\\)");

    /** Parses DM's form; empty for {@code ""} (upstream not readable) or anything else. */
    public static Optional<BinlogPosition> parse(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches() || m.group(3).length() > 18 || m.group(4).length() > 18) {
            return Optional.empty();
        }
        return Optional.of(new BinlogPosition(m.group(1), m.group(2) == null ? "" : m.group(2),
                Long.parseLong(m.group(3)), m.group(3), Long.parseLong(m.group(4))));
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
