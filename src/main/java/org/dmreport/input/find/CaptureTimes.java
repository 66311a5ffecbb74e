package org.dmreport.input.find;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmreport.model.Capture;
import org.dmreport.model.TimeSource;

/**
 * Decides when an input was captured: a timestamp in its path (the last one, so a file name wins
 * over its folder), else the file's modification time, unless the user forces one with
 * {@code --time-from}.
 */
public final class CaptureTimes {

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

    /** The capture of {@code source} under {@code preference}. */
    public static Capture of(InputSource source, Preference preference) {
        if (source.isStdin()) {
            return new Capture(source.name(), source.cluster(), null, TimeSource.NONE);
        }
        if (preference != Preference.MTIME) {
            Optional<Instant> fromPath = fromPathOf(source.path().toString());
            if (fromPath.isPresent()) {
                return new Capture(source.name(), source.cluster(), fromPath.get(), TimeSource.PATH);
            }
            if (preference == Preference.PATH) {
                return new Capture(source.name(), source.cluster(), null, TimeSource.NONE);
            }
        }
        try {
            Instant modified =
                    Files.getLastModifiedTime(source.path()).toInstant().truncatedTo(ChronoUnit.SECONDS);
            return new Capture(source.name(), source.cluster(), modified, TimeSource.MTIME);
        } catch (IOException e) {
            return new Capture(source.name(), source.cluster(), null, TimeSource.NONE);
        }
    }

    /** The folder whose timestamp was looked for last, and what was found: files come folder by folder. */
    private record Folder(String path, Optional<Instant> time) {}

    /** Immutable, so a race between threads costs a second look, never a wrong answer. */
    private static volatile Folder lastFolder = new Folder(null, Optional.empty());

    /**
     * As {@link #fromPath}, looking at the folder part once for all the files in it. Exact, because
     * no timestamp spans a separator: the file name's last one wins, else the folder's.
     */
    public static Optional<Instant> fromPathOf(String path) {
        int cut = path.lastIndexOf(File.separatorChar);
        Optional<Instant> inName = fromPath(path.substring(cut + 1));
        if (inName.isPresent() || cut < 0) {
            return inName;
        }
        String folder = path.substring(0, cut);
        Folder last = lastFolder;
        if (!folder.equals(last.path())) {
            last = new Folder(folder, fromPath(folder));
            lastFolder = last;
        }
        return last.time();
    }

    /** The last valid timestamp in {@code path}, in UTC unless it names an offset. */
    static Optional<Instant> fromPath(String path) {
        Instant found = null;
        int foundAt = -1;
        for (Pattern pattern : new Pattern[] {DASHED, COMPACT}) {
            Matcher m = pattern.matcher(path);
            while (m.find()) {
                Instant instant = instant(m);
                if (instant != null && m.start() > foundAt) {
                    found = instant;
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
    public static List<String> impossibleTimesIn(String path) {
        List<String> impossible = new ArrayList<>();
        for (Pattern pattern : new Pattern[] {DASHED, COMPACT}) {
            Matcher m = pattern.matcher(path);
            while (m.find()) {
                try {
                    parse(m);
                } catch (DateTimeException e) {
                    impossible.add("'" + m.group() + "' (" + e.getMessage() + ")");
                }
            }
        }
        return impossible;
    }

    private static Instant instant(Matcher m) {
        try {
            return parse(m);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The instant a timestamp match names; DateTimeException when it names none. */
    private static Instant parse(Matcher m) {
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)));
        String offset = m.group(7);
        ZoneOffset zone = offset == null || offset.equals("Z")
                ? ZoneOffset.UTC
                : ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
        return local.toInstant(zone);
    }
}
