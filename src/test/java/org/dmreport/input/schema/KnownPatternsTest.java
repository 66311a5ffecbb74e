package org.dmreport.input.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The written-out patterns say what the regular expressions say, on the strings most likely to part them. */
class KnownPatternsTest {

    private static final String ALPHABET = "()-, 0123456789a|.\n\r\u0085\u2028\u2029\u2027\t";
    private static final List<String> TERMINATORS =
            List.of("", "\n", "\r", "\r\n", "\n\r", "\u0085", "\u2028", "\u2029", "\n\n", " ");

    @Test
    void int64AgreesWithItsRegex() {
        assertAgrees(
                KnownPatterns.INT64,
                List.of("0", "-1", "123", "-", "", "1-", "--1", "+1", "1 ", " 1", "٣"),
                List.of("", "-"),
                List.of("0", "123456789012345678901"));
    }

    @Test
    void binlogPositionAgreesWithItsRegex() {
        assertAgrees(
                KnownPatterns.BINLOG_POSITION,
                List.of(
                        "",
                        "(mysql-bin.000001, 4)",
                        "(a|1.2, 30690)",
                        "(, 1)",
                        "(a,1)",
                        "(a, )",
                        "(a, 1",
                        "(a(b, 1)",
                        "(a), 1)",
                        "(a, 1))",
                        "x(a, 1)",
                        "(a\nb, 1)",
                        "(a, 1)x",
                        "(a,, 1)",
                        "(a , 1)",
                        "(a, 1 )"),
                List.of("", "(", "x", "(a"),
                List.of("a", "mysql-bin.000001", " ", ", ", "(", ")", "\n", ",", "1"),
                List.of(", ", ",", " ", ""),
                List.of("1", "123", "", "a", "-1"),
                List.of(")", "", "))", ") "));
    }

    @Test
    void otherPatternsAreLeftToTheirRegex() {
        assertNull(KnownPatterns.of("^(New|Running)$"));
        assertNull(KnownPatterns.of("-?[0-9]+"));
    }

    /**
     * Compares on the examples, on every string made of one choice from each of {@code parts} then
     * a line terminator or not, and on 200,000 random strings over an alphabet of the characters
     * that matter.
     */
    @SafeVarargs
    private static void assertAgrees(String regex, List<String> examples, List<String>... parts) {
        Pattern pattern = Pattern.compile(regex);
        Predicate<String> written = KnownPatterns.of(regex);
        List<String> inputs = new ArrayList<>(examples);
        List<String> built = List.of("");
        for (List<String> part : parts) {
            List<String> longer = new ArrayList<>();
            built.forEach(b -> part.forEach(p -> longer.add(b + p)));
            built = longer;
        }
        built.forEach(b -> TERMINATORS.forEach(t -> inputs.add(b + t)));
        Random random = new Random(17);
        for (int k = 0; k < 200_000; k++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            inputs.add(s.toString());
        }
        int matched = 0;
        for (String input : inputs) {
            boolean expected = pattern.matcher(input).lookingAt();
            assertEquals(
                    expected,
                    written.test(input),
                    () -> regex + " on \"" + input.replace("\n", "\\n").replace("\r", "\\r") + "\"");
            matched += expected ? 1 : 0;
        }
        assertTrue(matched > 20, "inputs that match: " + matched);
    }
}
