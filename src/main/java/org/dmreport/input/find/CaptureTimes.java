package org.dmreport.input.find;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmreport.model.Capture;
import org.dmreport.model.TimeSource;

/**
 * Decides when an input was captured: a timestamp in its path (the last one, so a file name wins
 * over its folder), else the file's modification time, unless the user forces one with
 * {@code --time-from}. A path timestamp without an offset is read in the policy's path zone (UTC
 * unless {@code --path-zone} says otherwise); standard input has the time {@code --captured-at}
 * gives it, else none.
 */
public final class CaptureTimes {

    /**
     * How capture times are decided.
     *
     * @param preference where times come from
     * @param pathZone   the zone of path timestamps that carry no offset
     * @param stdinTime  the capture time of standard input, or null for none
     */
    public record Policy(Preference preference, ZoneId pathZone, Instant stdinTime) {
        public Policy {
            Objects.requireNonNull(preference, "preference");
            Objects.requireNonNull(pathZone, "pathZone");
        }

        /** Times by {@code preference}, path timestamps without an offset in UTC, standard input untimed. */
        public static Policy of(Preference preference) {
            return new Policy(preference, ZoneOffset.UTC, null);
        }
    }

    /** A capture, and whether its time came from a path timestamp that carried no offset of its own. */
    public record Decided(Capture capture, boolean zoneless) {}

    /** Where capture times may come from. */
    public enum Preference {
        /** The path when it holds a timestamp, else the modification time. */
        AUTO,
        /** Only the path; inputs without a timestamp in it have no capture time. */
        PATH,
        /** Only the modification time. */
        MTIME;

        /** The lower-case word {@code --time-from} takes. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code 2026-11-27T07:00:00Z}, {@code 2026-11-27T07-00-00Z}, {@code 2026-11-27_07-00-00}, with an optional offset. */
    private static final Pattern DASHED =
            Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})[T_ ](\\d{2})[:-](\\d{2})[:-](\\d{2})(?:\\.\\d{1,9})?"
                    + "(Z|[+-]\\d{2}:?\\d{2})?(?!\\d)");
    /** {@code 20261127T070000Z}, {@code 20261127-070000}, with an optional offset. */
    private static final Pattern COMPACT = Pattern.compile(
            "(?<!\\d)(\\d{4})(\\d{2})(\\d{2})[T-](\\d{2})(\\d{2})(\\d{2})(Z|[+-]\\d{2}:?\\d{2})?(?!\\d)");

    private CaptureTimes() {}

    /** The capture of {@code source} under {@code preference}, path timestamps in UTC. */
    public static Capture of(InputSource source, Preference preference) {
        return decide(source, Policy.of(preference)).capture();
    }

    /** The capture of {@code source} under {@code policy}, and whether a path time lacked a zone. */
    public static Decided decide(InputSource source, Policy policy) {
        if (source.isStdin()) {
            return new Decided(
                    new Capture(
                            source.name(),
                            source.cluster(),
                            policy.stdinTime(),
                            policy.stdinTime() == null ? TimeSource.STDIN : TimeSource.GIVEN),
                    false);
        }
        if (policy.preference() != Preference.MTIME) {
            Optional<PathTime> fromPath = pathTimeOf(source.path().toString(), policy.pathZone());
            if (fromPath.isPresent()) {
                return new Decided(
                        new Capture(
                                source.name(), source.cluster(), fromPath.get().at(), TimeSource.PATH),
                        !fromPath.get().zoned());
            }
            if (policy.preference() == Preference.PATH) {
                return new Decided(new Capture(source.name(), source.cluster(), null, TimeSource.NONE), false);
            }
        }
        return new Decided(modified(source), false);
    }

    private static Capture modified(InputSource source) {
        try {
            Instant modified =
                    Files.getLastModifiedTime(source.path()).toInstant().truncatedTo(ChronoUnit.SECONDS);
            return new Capture(source.name(), source.cluster(), modified, TimeSource.MTIME);
        } catch (IOException e) {
            return new Capture(source.name(), source.cluster(), null, TimeSource.NONE);
        }
    }

    /** A time read from a path, and whether the timestamp carried its own offset. */
    record PathTime(Instant at, boolean zoned) {}

    /** The folder whose timestamp was looked for last, in which zone, and what was found: files come folder by folder. */
    private record Folder(String path, ZoneId zone, Optional<PathTime> time) {}

    /** Immutable, so a race between threads costs a second look, never a wrong answer. */
    private static volatile Folder lastFolder = new Folder(null, ZoneOffset.UTC, Optional.empty());

    /** The time {@code path} names, a timestamp without an offset being in UTC (see {@link #pathTimeOf}). */
    public static Optional<Instant> fromPathOf(String path) {
        return pathTimeOf(path, ZoneOffset.UTC).map(PathTime::at);
    }

    /**
     * As {@link #fromPath}, looking at the folder part once for all the files in it. Exact, because
     * no timestamp spans a separator: the file name's last one wins, else the folder's.
     */
    static Optional<PathTime> pathTimeOf(String path, ZoneId zone) {
        int cut = path.lastIndexOf(File.separatorChar);
        Optional<PathTime> inName = fromPath(path.substring(cut + 1), zone);
        if (inName.isPresent() || cut < 0) {
            return inName;
        }
        String folder = path.substring(0, cut);
        Folder last = lastFolder;
        if (!folder.equals(last.path()) || !zone.equals(last.zone())) {
            last = new Folder(folder, zone, fromPath(folder, zone));
            lastFolder = last;
        }
        return last.time();
    }

    /** The last valid timestamp in {@code path}, in {@code zone} unless it names an offset. */
    static Optional<PathTime> fromPath(String path, ZoneId zone) {
        PathTime found = null;
        int foundAt = -1;
        for (Pattern pattern : new Pattern[] {DASHED, COMPACT}) {
            Matcher m = pattern.matcher(path);
            while (m.find()) {
                Instant instant = instant(m, zone);
                if (instant != null && m.start() > foundAt) {
                    found = new PathTime(instant, m.group(7) != null);
                    foundAt = m.start();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The parts of {@code path} written as a timestamp that is no time (February 30, month 13, hour
     * 25, second 60), each with why, as {@code 'PART' (why)}: a note that the capture time did not
     * come from them, never a silent fall-back to the modification time.
     */
    public static List<String> impossibleTimesIn(String path, ZoneId zone) {
        List<String> impossible = new ArrayList<>();
        for (Pattern pattern : new Pattern[] {DASHED, COMPACT}) {
            Matcher m = pattern.matcher(path);
            while (m.find()) {
                try {
                    parse(m, zone);
                } catch (DateTimeException e) {
                    impossible.add("'" + m.group() + "' (" + e.getMessage() + ")");
                }
            }
        }
        if (impossible.isEmpty()) {
            // No timestamp form at all: a part that holds a date was meant as a time the forms do not read.
            for (String part : path.split(Pattern.quote(File.separator))) {
                if (DATE.matcher(part).find()) {
                    impossible.add("'" + part + "' (a date, but none of the timestamp forms read)");
                }
            }
        }
        return impossible;
    }

    /** A date as a path part would hold one: {@code 2026-11-26}, {@code 2026_11_26}, {@code 20261126}. */
    private static final Pattern DATE = Pattern.compile("(?<!\\d)20\\d{2}[-_]?[01]\\d[-_]?[0-3]\\d(?!\\d)");

    private static Instant instant(Matcher m, ZoneId zone) {
        try {
            return parse(m, zone);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The instant a timestamp match names, in {@code zone} unless it has an offset; DateTimeException when it names none. */
    private static Instant parse(Matcher m, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)));
        String offset = m.group(7);
        if (offset == null) {
            // A local time that does not exist in the zone (a spring-forward gap) is an error, not a guess.
            ZonedDateTime zoned = local.atZone(zone);
            if (!zoned.toLocalDateTime().equals(local)) {
                throw new DateTimeException("no such local time in " + zone + ": a daylight-saving gap");
            }
            return zoned.toInstant();
        }
        ZoneOffset given = offset.equals("Z")
                ? ZoneOffset.UTC
                : ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
        return local.toInstant(given);
    }
}
