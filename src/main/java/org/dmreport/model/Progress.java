package org.dmreport.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A progress string as DM prints it: Load {@code "25.44 %"} ({@code "%.2f %%"}), {@code "NaN %"}
 * (DM 1.0 with nothing to load) or {@code "0 %"}; Dump {@code " 5.00 %"} ({@code "%5.2f %%"}),
 * {@code "100 %"} when done, {@code ""} before it is known.
 *
 * @param percent the value, or null when DM did not know it ({@code ""}, {@code NaN})
 * @param text    the string as printed
 */
public record Progress(Double percent, String text) {

    private static final Pattern FORM = Pattern.compile(" *(\\d{1,3}(?:\\.\\d+)?|NaN) %");

    /** Parses any form DM has printed; empty when the text is in none of them. */
    public static Optional<Progress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.isEmpty()) {
            return Optional.of(new Progress(null, text));
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1);
        return Optional.of(new Progress(number.equals("NaN") ? null : Double.valueOf(number), text));
    }

    /** What the Load unit prints for these byte counts (DM's {@code "%.2f %%"}). */
    public static String loadText(long finishedBytes, long totalBytes) {
        if (totalBytes == 0) {
            return finishedBytes == 0 ? "0.00 %" : "100.00 %";
        }
        return String.format(Locale.ROOT, "%.2f %%", finishedBytes * 100.0 / totalBytes);
    }

    /** What the Dump unit prints for a fraction of chunks done (DM's {@code "%5.2f %%"}). */
    public static String dumpText(double percent) {
        return percent >= 100.0 ? "100 %" : String.format(Locale.ROOT, "%5.2f %%", percent);
    }
}
