package org.dmreport.report.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chart coordinates print as the JDK's formatter prints them, without its cost. */
class ChartsTest {

    @ParameterizedTest
    @ValueSource(
            doubles = {
                0,
                0.05,
                0.15,
                0.25,
                0.35,
                0.45,
                1.05,
                2.675,
                9.95,
                99.95,
                119.95,
                1e-7,
                0.049999999999,
                12.0,
                21.999999999999996,
                1e7 + 0.05
            })
    void edgesOfRoundingPrintAsTheFormatterDoes(double v) {
        assertEquals(String.format(Locale.ROOT, "%.1f", v), Charts.fmt(v));
    }

    @Test
    void coordinatesOfEveryKindPrintAsTheFormatterDoes() {
        SplittableRandom random = new SplittableRandom(27);
        for (int k = 0; k < 200_000; k++) {
            double v = switch (k % 3) {
                case 0 -> random.nextDouble() * 120;
                case 1 -> random.nextInt(12_000) / 100.0;
                default -> (random.nextInt(2_400) + 0.5) / 20.0;
            };
            assertEquals(String.format(Locale.ROOT, "%.1f", v), Charts.fmt(v), "for " + v);
        }
    }

    /** A capture folder named 9999-12-31 beside this year's must not draw a tick a week for eight thousand years. */
    @ParameterizedTest
    @ValueSource(
            strings = {"2026-11-26T00:30:00Z", "2026-12-26T00:00:00Z", "2062-11-26T00:00:00Z", "9999-12-31T23:59:59Z"})
    void aTimelineHasAboutSixTicksWhateverItsSpan(String until) {
        Charts.Scale scale = new Charts.Scale(Instant.parse("2026-11-26T00:00:00Z"), Instant.parse(until), 0, 1000);
        int ticks = scale.ticks(new Display(ZoneOffset.UTC)).size();
        assertTrue(ticks >= 1 && ticks <= 7, ticks + " ticks up to " + until);
    }
}
