package org.dmreport.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dmreport.model.BinlogLocation;
import org.dmreport.model.ProcessError;

/**
 * A task's errors grouped by code and message across its sources and captures.
 *
 * @param code      DM's error code, or its class when the error has none
 * @param first     the group's first occurrence, whose class, scope, level, cause and workaround
 *                  the group shows
 * @param message   the message without DM's leading locations, "" when none
 * @param count     how many subtask captures carried it
 * @param position  the failing binlog position pulled out of the message, "" when none
 */
public record ErrorGroups(
        String code,
        ProcessError first,
        String message,
        String position,
        Instant firstSeen,
        Instant lastSeen,
        int count,
        List<String> sources) {

    private static final Pattern LOCATIONS =
            Pattern.compile("^startLocation: \\[[^\\]]*\\], endLocation: \\[[^\\]]*\\]: ");

    public ErrorGroups {
        sources = List.copyOf(sources);
    }

    /** The groups of every error in {@code series} (one task's), most recent last-seen first. */
    public static List<ErrorGroups> of(List<SubtaskSeries> series) {
        Map<String, Builder> groups = new LinkedHashMap<>();
        for (SubtaskSeries s : series) {
            for (SubtaskSeries.Step step : s.steps()) {
                if (!step.present()) {
                    continue;
                }
                for (ProcessError e : step.point().errors()) {
                    String code = e.code() == null
                            ? String.valueOf(e.errClass())
                            : e.code().toString();
                    String message = e.message() == null ? "" : e.message();
                    groups.computeIfAbsent(code + "\u0000" + withoutLocations(message), k -> new Builder(code, e))
                            .add(step.point());
                }
            }
        }
        List<ErrorGroups> result = new ArrayList<>();
        groups.values().forEach(b -> result.add(b.build()));
        result.sort(
                Comparator.comparing(ErrorGroups::lastSeen, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                        .reversed()
                        .thenComparing(ErrorGroups::code)
                        .thenComparing(ErrorGroups::message));
        return result;
    }

    /** The message without DM's leading {@code startLocation: [...], endLocation: [...]: }. */
    public static String withoutLocations(String message) {
        return message.startsWith("startLocation: ")
                ? LOCATIONS.matcher(message).replaceFirst("")
                : message;
    }

    private static final class Builder {
        final String code;
        final ProcessError error;
        Instant first;
        Instant last;
        int count;
        final TreeSet<String> sources = new TreeSet<>();

        Builder(String code, ProcessError error) {
            this.code = code;
            this.error = error;
        }

        void add(SubtaskPoint p) {
            Instant t = p.capture().capturedAt();
            if (t != null && (first == null || t.isBefore(first))) {
                first = t;
            }
            if (t != null && (last == null || t.isAfter(last))) {
                last = t;
            }
            count++;
            sources.add(p.source());
        }

        ErrorGroups build() {
            String message = error.message() == null ? "" : error.message();
            String position = BinlogLocation.find(message)
                    .map(l -> l.position().toString())
                    .orElse("");
            return new ErrorGroups(
                    code, error, withoutLocations(message), position, first, last, count, List.copyOf(sources));
        }
    }
}
