package org.dmreport.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A location as DM 2.0+ prints it in {@code firstLocation} and error messages:
 * {@code position: (mysql-bin.000001, 2022), gtid-set: uuid:1-5}.
 *
 * @param gtidSet the GTID text, "" when none was printed
 */
public record BinlogLocation(BinlogPosition position, String gtidSet) {

    private static final Pattern FORM = Pattern.compile(
            "position: (\\([^()]*\\))(?:, gtid-set: ([^\\]]*?))?(?=$|[\\],]\\s|\\]$|\\]\\s*$|, [a-zA-Z])");

    /** Finds the first location in {@code text}; also accepts a bare 1.0 {@code firstPos} position. */
    public static Optional<BinlogLocation> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (m.find()) {
            String gtid = m.group(2) == null ? "" : m.group(2).strip();
            return BinlogPosition.parse(m.group(1)).map(p -> new BinlogLocation(p, gtid));
        }
        return BinlogPosition.parse(text).map(p -> new BinlogLocation(p, ""));
    }
}
