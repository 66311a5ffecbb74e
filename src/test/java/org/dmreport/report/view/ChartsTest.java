package org.dmreport.report.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chart coordinates print as the JDK's formatter prints them, without its cost. */
class ChartsTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.05, 0.15, 0.25, 0.35, 0.45, 1.05, 2.675, 9.95, 99.95, 119.95, 1e-7, 0.049999999999,
        12.0, 21.999999999999996, 1e7 + 0.05})
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
}
