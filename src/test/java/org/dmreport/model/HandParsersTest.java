package org.dmreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The binlog-position and GTID parsers are written by hand for speed; these tests hold them to the
 * regular expressions that define the forms, on many random strings built from the characters that
 * matter, plus the real forms.
 */
class HandParsersTest {

    private static final Pattern POSITION = Pattern.compile(
            "\\(\\s*([^,|()]*?)(?:\\|(\\d+))?\\.(\\d+)\\s*,\\s*(\\d+)\\s*\\)");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}");
    private static final String[] POSITION_PIECES = {
        "(", ")", ",", ", ", "|", ".", " ", "\t", "0", "7", "000123", "mysql-bin", "a", "|000002", ".000001",
        "1234567890123456789", "\u00a0", "١"};
    private static final String[] GTID_PIECES = {
        "5e52a3f4-e483-11eb-afeb-0242ac1c8006", "5E52A3F4E48311EBAFEB0242AC1C8006", "5e52a3f4", "-", ":", ",",
        "1", "20", "0", "x", "g", "e483", "-11eb", "\n", " "};

    @Test
    void positionsParseAsTheirRegularExpressionSays() {
        Random random = new Random(20261127);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            String text = n % 3 == 0 ? wellFormedPosition(random) : randomText(random, POSITION_PIECES, 9);
            Optional<BinlogPosition> expected = byRegex(text);
            assertEquals(expected, BinlogPosition.parse(text), () -> "for " + text);
            matched += expected.isPresent() ? 1 : 0;
        }
        assertTrue(matched > 50_000, "too few well-formed cases: " + matched);
    }

    @Test
    void serverUuidsAreCheckedAsTheirRegularExpressionSays() {
        Random random = new Random(7);
        int accepted = 0;
        for (int n = 0; n < 100_000; n++) {
            String text = n % 2 == 0 ? randomText(random, GTID_PIECES, 6) : mysqlSet(random);
            boolean expected = text.indexOf(':') >= 0 && mysqlSetByRegex(text);
            boolean parsed = text.indexOf(':') >= 0 && GtidSet.parse(text).isPresent();
            assertEquals(expected, parsed, () -> "for " + text);
            accepted += parsed ? 1 : 0;
        }
        assertTrue(accepted > 1_000, "too few valid sets: " + accepted);
        assertTrue(GtidSet.parse("5e52a3f4e48311ebafeb0242ac1c8006:1-5").isPresent());
        assertTrue(GtidSet.parse("5e52a3f4-e483-11eb-afeb-0242ac1c800:1-5").isEmpty());
        assertTrue(GtidSet.parse("5e52a3f4-e483-11eb-afeb-0242ac1c8006a:1-5").isEmpty());
        assertTrue(GtidSet.parse("5e52a3f4-e483-11eb-afeb-0242ac1c800g:1-5").isEmpty());
    }

    private static Optional<BinlogPosition> byRegex(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = POSITION.matcher(text.strip());
        if (!m.matches() || m.group(3).length() > 18 || m.group(4).length() > 18) {
            return Optional.empty();
        }
        return Optional.of(new BinlogPosition(m.group(1), m.group(2) == null ? "" : m.group(2),
                Long.parseLong(m.group(3)), m.group(3), Long.parseLong(m.group(4))));
    }

    /** The MySQL form as the regular expression and the interval rules define it. */
    private static boolean mysqlSetByRegex(String text) {
        for (String part : text.replaceAll("\\s+", "").split(",")) {
            String[] pieces = part.split(":");
            if (pieces.length < 2 || !UUID.matcher(pieces[0].toLowerCase(java.util.Locale.ROOT)).matches()) {
                return false;
            }
            for (int i = 1; i < pieces.length; i++) {
                String[] bounds = pieces[i].split("-", -1);
                try {
                    long start = Long.parseLong(bounds[0]);
                    long end = bounds.length == 1 ? start : Long.parseLong(bounds[1]);
                    if (bounds.length > 2 || start < 1 || end < start) {
                        return false;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String wellFormedPosition(Random random) {
        String[] spaces = {"", " ", "  ", "\t"};
        String name = random.nextBoolean() ? "mysql-bin" : random.nextBoolean() ? "a.b c" : "";
        String relay = random.nextInt(3) == 0 ? "|" + (random.nextInt(3) == 0 ? "" : "000002") : "";
        String index = random.nextInt(10) == 0 ? "" : String.format(java.util.Locale.ROOT, "%06d", random.nextInt(999));
        return spaces[random.nextInt(4)] + "(" + spaces[random.nextInt(4)] + name + relay + "." + index
                + spaces[random.nextInt(4)] + "," + spaces[random.nextInt(4)] + random.nextInt(100_000)
                + spaces[random.nextInt(4)] + ")" + spaces[random.nextInt(4)];
    }

    private static String mysqlSet(Random random) {
        String[] uuids = {"5e52a3f4-e483-11eb-afeb-0242ac1c8006", "5E52A3F4E48311EBAFEB0242AC1C8006",
            "5e52a3f4-e48311eb-afeb-0242ac1c8006", "5e52a3f4-e483-11eb-afeb-0242ac1c800", "5e52a3f4-e483-11eb-afeb-0242ac1c8006a",
            "5e52a3f4-e483-11eb-afeb-0242ac1c800g", "5e52a3f4--e483-11eb-afeb-0242ac1c8006", ""};
        String[] intervals = {"1", "20", "1-20", "1-20", "0", "5-3", "x", "1-", "3-4-5"};
        StringBuilder text = new StringBuilder();
        for (int p = random.nextInt(3); p >= 0; p--) {
            text.append(uuids[random.nextInt(uuids.length)]);
            for (int i = random.nextInt(3); i >= 0; i--) {
                text.append(':').append(intervals[random.nextInt(intervals.length)]);
            }
            text.append(p > 0 ? (random.nextBoolean() ? "," : ",\n") : "");
        }
        return text.toString();
    }

    private static String randomText(Random random, String[] pieces, int maxPieces) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(maxPieces + 1);
        for (int i = 0; i < count; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
