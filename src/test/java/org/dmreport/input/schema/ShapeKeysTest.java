package org.dmreport.input.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shortcuts of the shape hash must decide as the slow way does: anchored patterns are tried once at
 * the start, which must say what a search says; whole numbers are told from their text.
 */
class ShapeKeysTest {

    private static final List<String> INPUTS = List.of(
            "",
            "(bin.000001, 4)",
            "x(bin.000001, 4)",
            "-12",
            "12a",
            "Running",
            "Error - Relay status is Paused",
            "a|b",
            "^",
            "b^c",
            "ab");

    @Test
    void anchoredPatternsAreRecognised() {
        assertEquals(true, ShapeKeys.anchoredAtStart("^$|^\\([^,()]*, [0-9]+\\)$"));
        assertEquals(true, ShapeKeys.anchoredAtStart("^(New|Running)(\\. Please .*)?$"));
        assertEquals(true, ShapeKeys.anchoredAtStart("^[|(]a\\|b"));
        assertEquals(false, ShapeKeys.anchoredAtStart("^a|b"));
        assertEquals(false, ShapeKeys.anchoredAtStart("a^"));
        assertEquals(false, ShapeKeys.anchoredAtStart("^a|(^b)"));
    }

    @Test
    void lookingAtAgreesWithFindForEveryAnchoredPattern() {
        List<String> regexes = List.of(
                "^$|^\\([^,()]*, [0-9]+\\)$",
                "^-?[0-9]+$",
                "^(Running|Error - .*)$",
                "^[|(]",
                "^a|^b",
                "^a|b",
                "b^c|^a");
        int anchored = 0;
        for (String regex : regexes) {
            if (!ShapeKeys.anchoredAtStart(regex)) {
                continue;
            }
            anchored++;
            Pattern pattern = Pattern.compile(regex);
            for (String input : INPUTS) {
                assertEquals(
                        pattern.matcher(input).find(), pattern.matcher(input).lookingAt(), regex + " on " + input);
            }
        }
        assertEquals(5, anchored);
    }

    /** The edge cases: trailing zeros, signs, exponents either way, exponents too large for a BigDecimal's scale. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.0",
                "1.00",
                "-0.0",
                "0.5",
                "10.000001",
                "1.10",
                "1e2",
                "1.5e1",
                "1.25e1",
                "1E-1",
                "100E-2",
                "1.0e0",
                "-3.000",
                "123456789012345678901234567890.0",
                "0.0000",
                "9.9784641E7",
                "9.9784641E6",
                "0.0E-5",
                "-0e3",
                "120.50e1",
                "1e+2",
                "1.5E+0",
                "2.5e99999999999",
                "7E-99999999999",
                "0.5e-0"
            })
    void wholeNumbersAreToldAsBigDecimalTellsThem(String number) {
        assertEquals(ShapeKeys.integralByBigDecimal(number), ShapeKeys.integral(number), number);
    }

    @Test
    void randomDecimalsAreToldAsBigDecimalTellsThem() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            String number = (random.nextBoolean() ? "-" : "") + random.nextInt(1000) + "."
                    + (random.nextBoolean() ? "0".repeat(1 + random.nextInt(3)) : Integer.toString(random.nextInt(100)))
                    + (random.nextBoolean() ? "" : (random.nextBoolean() ? "e" : "E") + (random.nextInt(20) - 10));
            assertEquals(ShapeKeys.integralByBigDecimal(number), ShapeKeys.integral(number), number);
        }
    }
}
