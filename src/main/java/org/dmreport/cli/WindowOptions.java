package org.dmreport.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.dmreport.app.ReadWindow;
import picocli.CommandLine.Option;

/**
 * {@code --since} and {@code --until}, with one meaning for every command that reads captures: an
 * ISO-8601 instant or date-time with an offset; a date, its start (or its end, for --until) in the
 * given zone; or a duration before now ({@code 24h}, {@code 7d}), for cron jobs.
 */
final class WindowOptions {

    @Option(names = "--since", paramLabel = "TIME")
    String since;

    @Option(names = "--until", paramLabel = "TIME")
    String until;

    /** The window, dates read in {@code zone}, durations counted back from {@code clock}'s now. */
    ReadWindow window(ZoneId zone, Clock clock) {
        return window(zone, clock, null);
    }

    /**
     * The window, open episodes followed back as far as {@code lookback} says ({@code --lookback} of
     * the commands that report episodes; null for the default).
     */
    ReadWindow window(ZoneId zone, Clock clock, String lookback) {
        Duration back = ReadWindow.DEFAULT_LOOKBACK;
        if (lookback != null) {
            try {
                back = lookback.strip().equals("0") ? Duration.ZERO : Durations.parse(lookback);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new UsageException("--lookback " + lookback + ": write a duration such as 7d, 36h or 0 (none)");
            }
        }
        return new ReadWindow(
                instant(since, "--since", false, zone, clock), instant(until, "--until", true, zone, clock), back);
    }

    private static Instant instant(String text, String option, boolean endOfDay, ZoneId zone, Clock clock) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException ignored) {
            // tried next as a date-time with an offset
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException ignored) {
            // tried next as a date
        }
        try {
            LocalDate date = LocalDate.parse(text);
            return endOfDay
                    ? date.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1)
                    : date.atStartOfDay(zone).toInstant();
        } catch (DateTimeException ignored) {
            // tried next as a duration before now
        }
        try {
            return clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Durations.parse(text));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new UsageException(option + " " + text + ": write 2026-11-27T07:00:00Z, 2026-11-27T09:00:00+02:00, "
                    + "2026-11-27 (a day) or a duration before now such as 24h or 7d");
        }
    }
}
