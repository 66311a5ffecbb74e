package org.dmreport.analysis;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them in findings and reports: {@code 1d02h}, {@code 1h05m}, {@code 15m}, {@code 40s}. */
public final class HumanDuration {

    private HumanDuration() {}

    public static String of(Duration d) {
        if (d == null) {
            return "";
        }
        long s = d.getSeconds();
        long days = s / 86400;
        long h = s % 86400 / 3600;
        long m = s % 3600 / 60;
        if (days > 0) {
            return String.format(Locale.ROOT, "%dd%02dh", days, h);
        }
        if (h > 0) {
            return String.format(Locale.ROOT, "%dh%02dm", h, m);
        }
        return m > 0 ? m + "m" + (s % 60 > 0 ? String.format(Locale.ROOT, "%02ds", s % 60) : "") : s + "s";
    }
}
