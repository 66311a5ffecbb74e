package org.dmreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The binlog-position and GTID parsers are written by hand for speed; these tests hold them to the
 * regular expressions that define the forms, on many random strings built from the characters that
 * matter, plus the real forms.
 */
class HandParsersTest {

    private static final Pattern POSITION =
            Pattern.compile("\\(\\s*([^,|()]*?)(?:\\|(\\d+))?\\.(\\d+)\\s*,\\s*(\\d+)\\s*\\)");
    private static final Pattern UUID =
            Pattern.compile("[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}");
    private static final String[] POSITION_PIECES = {
        "(",
        ")",
        ",",
        ", ",
        "|",
        ".",
        " ",
        "\t",
        "0",
        "7",
        "000123",
        "mysql-bin",
        "a",
        "|000002",
        ".000001",
        "1234567890123456789",
        "\u00a0",
        "١"
    };
    private static final String[] GTID_PIECES = {
        "5e52a3f4-e483-11eb-afeb-0242ac1c8006",
        "5E52A3F4E48311EBAFEB0242AC1C8006",
        "5e52a3f4",
        "-",
        ":",
        ",",
        "1",
        "20",
        "0",
        "x",
        "g",
        "e483",
        "-11eb",
        "\n",
        " ",
        "+",
        "9223372036854775807",
        "\u212a",
        "\uff21"
    };

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

    @Test
    void mysqlSetsReadAsSplittingReadsThem() {
        Random random = new Random(11);
        int valid = 0;
        for (int n = 0; n < 100_000; n++) {
            String text = n % 2 == 0 ? randomText(random, GTID_PIECES, 8) : mysqlSet(random);
            if (text.isBlank() || text.replaceAll("\\s+", "").indexOf(':') < 0) {
                continue;
            }
            Optional<String> expected = bySplitting(text);
            assertEquals(expected, GtidSet.parse(text).map(GtidSet::toString), () -> "for " + text);
            valid += expected.isPresent() ? 1 : 0;
        }
        assertTrue(valid > 1_500, "too few valid sets: " + valid);
    }

    /** The MySQL form read by splitting on ',' then ':' then '-', in canonical text; empty when invalid. */
    private static Optional<String> bySplitting(String text) {
        TreeMap<String, List<long[]>> byServer = new TreeMap<>();
        try {
            for (String part : text.replaceAll("\\s+", "").split(",")) {
                String[] pieces = part.split(":");
                String uuid = pieces[0].toLowerCase(Locale.ROOT);
                if (pieces.length < 2 || !UUID.matcher(uuid).matches()) {
                    return Optional.empty();
                }
                for (int i = 1; i < pieces.length; i++) {
                    String[] bounds = pieces[i].split("-", -1);
                    long start = Long.parseLong(bounds[0]);
                    long end = bounds.length == 1 ? start : Long.parseLong(bounds[1]);
                    if (bounds.length > 2 || start < 1 || end < start) {
                        return Optional.empty();
                    }
                    byServer.computeIfAbsent(uuid, k -> new ArrayList<>()).add(new long[] {start, end});
                }
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder();
        byServer.forEach((uuid, intervals) -> {
            intervals.sort((a, b) -> Long.compare(a[0], b[0]));
            canonical.append(canonical.length() == 0 ? "" : ",").append(uuid);
            long[] open = null;
            for (long[] i : intervals) {
                if (open != null && i[0] <= open[1] + 1) {
                    open[1] = Math.max(open[1], i[1]);
                    continue;
                }
                if (open != null) {
                    canonical.append(':').append(open[0]).append(open[0] == open[1] ? "" : "-" + open[1]);
                }
                open = new long[] {i[0], i[1]};
            }
            canonical.append(':').append(open[0]).append(open[0] == open[1] ? "" : "-" + open[1]);
        });
        return Optional.of(canonical.toString());
    }

    private static Optional<BinlogPosition> byRegex(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = POSITION.matcher(text.strip());
        if (!m.matches() || m.group(3).length() > 18 || m.group(4).length() > 18) {
            return Optional.empty();
        }
        return Optional.of(new BinlogPosition(
                m.group(1),
                m.group(2) == null ? "" : m.group(2),
                Long.parseLong(m.group(3)),
                m.group(3),
                Long.parseLong(m.group(4))));
    }

    /** The MySQL form as the regular expression and the interval rules define it. */
    private static boolean mysqlSetByRegex(String text) {
        for (String part : text.replaceAll("\\s+", "").split(",")) {
            String[] pieces = part.split(":");
            if (pieces.length < 2
                    || !UUID.matcher(pieces[0].toLowerCase(Locale.ROOT)).matches()) {
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
        String index = random.nextInt(10) == 0 ? "" : String.format(Locale.ROOT, "%06d", random.nextInt(999));
        return spaces[random.nextInt(4)] + "(" + spaces[random.nextInt(4)] + name + relay + "." + index
                + spaces[random.nextInt(4)] + "," + spaces[random.nextInt(4)] + random.nextInt(100_000)
                + spaces[random.nextInt(4)] + ")" + spaces[random.nextInt(4)];
    }

    private static String mysqlSet(Random random) {
        String[] uuids = {
            "5e52a3f4-e483-11eb-afeb-0242ac1c8006",
            "5E52A3F4E48311EBAFEB0242AC1C8006",
            "5e52a3f4-e48311eb-afeb-0242ac1c8006",
            "5e52a3f4-e483-11eb-afeb-0242ac1c800",
            "5e52a3f4-e483-11eb-afeb-0242ac1c8006a",
            "5e52a3f4-e483-11eb-afeb-0242ac1c800g",
            "5e52a3f4--e483-11eb-afeb-0242ac1c8006",
            "",
            "5e52a3f4-e483-11eb-afeb-0242ac1c800\uff21",
            "5E52A3F4-E483-11EB-AFEB-0242AC1C8006"
        };
        String[] intervals = {
            "1", "20", "1-20", "1-20", "0", "5-3", "x", "1-", "3-4-5", "+4", "-4", "21-30", "", "7-+9", "1--3"
        };
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
