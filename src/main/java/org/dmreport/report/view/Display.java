package org.dmreport.report.view;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dmreport.analysis.HumanDuration;

/** How values are shown in every report: one place, the same in every locale. */
final class Display {

    private final DateTimeFormatter time;

    Display(ZoneId zone) {
        boolean utc = zone.normalized().equals(ZoneOffset.UTC);
        this.time = DateTimeFormatter.ofPattern(utc ? "uuuu-MM-dd HH:mm:ss'Z'" : "uuuu-MM-dd HH:mm:ss xxx", Locale.ROOT)
                .withZone(zone);
    }

    String time(Instant t) {
        return t == null ? "unknown" : time.format(t);
    }

    static String utc(Instant t) {
        return t == null ? "" : t.toString();
    }

    /** A text DM may leave out, shown as "" then. */
    static String text(String text) {
        return text == null ? "" : text;
    }

    static String number(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof Double d) {
            return Math.abs(d) >= 100 || d == Math.rint(d)
                    ? String.format(Locale.ROOT, "%,d", Math.round(d))
                    : String.format(Locale.ROOT, "%,.2f", d);
        }
        return String.format(Locale.ROOT, "%,d", n.longValue());
    }

    static String bytes(Double n) {
        if (n == null) {
            return "";
        }
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = 0;
        while (Math.abs(v) >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0
                ? String.format(Locale.ROOT, "%d B", Math.round(v))
                : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    static String duration(Duration d) {
        return HumanDuration.of(d);
    }

    /** An HTML id for a name: letters, digits and dashes. */
    static String anchor(String prefix, String name) {
        StringBuilder sb = new StringBuilder(prefix);
        for (char c : name.toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toLowerCase(c) : '-');
        }
        return sb.toString();
    }
}
