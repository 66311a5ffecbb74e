package org.dmreport.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Anchored patterns are tried once at the start; that must say what a search says. */
class ShapeKeysTest {

    private static final List<String> INPUTS = List.of("", "(bin.000001, 4)", "x(bin.000001, 4)", "-12", "12a",
            "Running", "Error - Relay status is Paused", "a|b", "^", "b^c", "ab");

    @Test
    void anchoredPatternsAreRecognised() {
        assertEquals(true, ShapeKeys.anchoredAtStart("^$|^\\([^,()]+, [0-9]+\\)$"));
        assertEquals(true, ShapeKeys.anchoredAtStart("^(New|Running)(\\. Please .*)?$"));
        assertEquals(true, ShapeKeys.anchoredAtStart("^[|(]a\\|b"));
        assertEquals(false, ShapeKeys.anchoredAtStart("^a|b"));
        assertEquals(false, ShapeKeys.anchoredAtStart("a^"));
        assertEquals(false, ShapeKeys.anchoredAtStart("^a|(^b)"));
    }

    @Test
    void lookingAtAgreesWithFindForEveryAnchoredPattern() {
        List<String> regexes = List.of("^$|^\\([^,()]+, [0-9]+\\)$", "^-?[0-9]+$", "^(Running|Error - .*)$", "^[|(]",
                "^a|^b", "^a|b", "b^c|^a");
        int anchored = 0;
        for (String regex : regexes) {
            if (!ShapeKeys.anchoredAtStart(regex)) {
                continue;
            }
            anchored++;
            Pattern pattern = Pattern.compile(regex);
            for (String input : INPUTS) {
                assertEquals(pattern.matcher(input).find(), pattern.matcher(input).lookingAt(), regex + " on " + input);
            }
        }
        assertEquals(5, anchored);
    }
}
