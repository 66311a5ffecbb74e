package org.dmreport.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations as people write them ({@code 90s}, {@code 10m}, {@code 1h30m}, {@code 7d}) or as ISO-8601 ({@code PT10M}). */
final class Durations implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Override
    public Duration convert(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(
                    "must be a duration such as 90s, 10m, 1h30m, 7d or PT10M (at most 36500d), not '" + text + "'");
        }
    }

    /** The longest duration taken: far beyond any capture archive, and well within what an Instant holds. */
    static final Duration LONGEST = Duration.ofDays(36_500);

    /** The duration {@code text} says, at most {@link #LONGEST}; IllegalArgumentException when it says none. */
    static Duration parse(String text) {
        Duration d;
        try {
            d = unbounded(text);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too long a duration", e);
        }
        if (d.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("'" + text + "' is longer than 36500d");
        }
        return d;
    }

    private static Duration unbounded(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(t);
        if (!t.isEmpty() && m.matches()) {
            long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            long hours = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
            long minutes = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
            long seconds = m.group(4) == null ? 0 : Long.parseLong(m.group(4));
            return Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds);
        }
        try {
            return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration", e);
        }
    }
}
