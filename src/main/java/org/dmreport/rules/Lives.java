package org.dmreport.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.dmreport.analysis.Restart;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Episode;
import org.dmreport.model.Capture;
import org.dmreport.model.Origin;

/**
 * Splits a subtask's series into lives (a disappearance, i.e. stop-task, ends one), lives into
 * histories (a restart ends one too), and either into episodes: maximal runs of consecutive captures
 * in which something holds.
 */
final class Lives {

    private Lives() {}

    /** The lives of a series, each its points in time order. */
    static List<List<SubtaskPoint>> of(SubtaskSeries series) {
        List<List<SubtaskPoint>> lives = new ArrayList<>();
        List<SubtaskPoint> current = new ArrayList<>();
        for (SubtaskSeries.Step step : series.steps()) {
            if (step.present()) {
                current.add(step.point());
            } else if (!current.isEmpty()) {
                lives.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            lives.add(current);
        }
        return lives;
    }

    /**
     * The histories of a series: its lives, each cut where DM may have recreated the subtask, so
     * that transitions are judged only where DM's own history of the subtask goes on. A capture at
     * which the source did not answer or had no worker bound cuts (the outage may have been a
     * restart or a failover), and so does every sign of a {@link Restart}.
     */
    static List<List<SubtaskPoint>> histories(SubtaskSeries series) {
        Histories last = LAST_HISTORIES.get();
        if (last != null && last.series() == series) {
            return last.histories();
        }
        List<List<SubtaskPoint>> histories = historiesOf(series);
        LAST_HISTORIES.set(new Histories(series, histories));
        return histories;
    }

    /**
     * The histories last made on this thread. The engine runs every rule of one series on one
     * thread, one after another, and four of them walk its histories: they are cut once. One entry
     * per thread, dropped with the next series.
     */
    private static final ThreadLocal<Histories> LAST_HISTORIES = new ThreadLocal<>();

    private record Histories(SubtaskSeries series, List<List<SubtaskPoint>> histories) {}

    private static List<List<SubtaskPoint>> historiesOf(SubtaskSeries series) {
        List<List<SubtaskPoint>> histories = new ArrayList<>();
        Outages outages = new Outages(series);
        for (List<SubtaskPoint> life : of(series)) {
            List<SubtaskPoint> current = new ArrayList<>();
            for (SubtaskPoint p : life) {
                if (!current.isEmpty()) {
                    SubtaskPoint before = current.get(current.size() - 1);
                    if (outages.between(before, p) != null
                            || Restart.between(before, p).isPresent()) {
                        histories.add(List.copyOf(current));
                        current = new ArrayList<>();
                    }
                }
                current.add(p);
            }
            histories.add(List.copyOf(current));
        }
        return List.copyOf(histories);
    }

    /**
     * The captures at which a series' source did not answer, asked about pairs of points in time
     * order: one pass over them for the whole series.
     */
    static final class Outages {
        private final List<Capture> silent;
        private int next;

        Outages(SubtaskSeries series) {
            this.silent = series.unanswered();
        }

        /** The first such capture strictly between the two points, or null; pairs must come in time order. */
        Capture between(SubtaskPoint before, SubtaskPoint after) {
            Instant from = before.capture().capturedAt();
            Instant to = after.capture().capturedAt();
            if (from == null || to == null) {
                return null;
            }
            while (next < silent.size() && !silent.get(next).capturedAt().isAfter(from)) {
                next++;
            }
            return next < silent.size() && silent.get(next).capturedAt().isBefore(to) ? silent.get(next) : null;
        }
    }

    /** Visits every two consecutive points of each history, earlier first. */
    static void consecutive(SubtaskSeries series, BiConsumer<SubtaskPoint, SubtaskPoint> visitor) {
        for (List<SubtaskPoint> history : histories(series)) {
            for (int k = 1; k < history.size(); k++) {
                visitor.accept(history.get(k - 1), history.get(k));
            }
        }
    }

    /** Maximal runs of consecutive points of one life for which {@code holds} is true. */
    static <T> List<List<T>> episodes(List<T> points, Predicate<T> holds) {
        List<List<T>> episodes = new ArrayList<>();
        List<T> current = null;
        for (T p : points) {
            if (holds.test(p)) {
                if (current == null) {
                    current = new ArrayList<>();
                    episodes.add(current);
                }
                current.add(p);
            } else {
                current = null;
            }
        }
        return episodes;
    }

    /** The place of a point, pointing at {@code below} the subtask ("" for the subtask itself). */
    static Place place(SubtaskPoint p, String below) {
        Origin origin = below.isEmpty()
                ? p.origin()
                : new Origin(p.pointer(below), p.origin().line(), p.origin().column());
        return new Place(p.capture(), p.document(), origin, p.task(), p.source());
    }

    /** An episode of {@code kind} over {@code points}, or null when they have no capture time. */
    static Episode episode(Episode.Kind kind, List<SubtaskPoint> points) {
        return episode(
                kind, points.get(0).capture(), points.get(points.size() - 1).capture());
    }

    /** An episode of {@code kind} over {@code points} about {@code subject} (a DDL lock), or null without times. */
    static Episode episode(Episode.Kind kind, List<SubtaskPoint> points, String subject) {
        Episode e = episode(kind, points);
        return e == null ? null : new Episode(kind, e.from(), e.until(), subject);
    }

    /** An episode of {@code kind} from capture {@code first} to {@code last}, or null when one has no time. */
    static Episode episode(Episode.Kind kind, Capture first, Capture last) {
        Instant from = first.capturedAt();
        Instant until = last.capturedAt();
        return from == null || until == null ? null : new Episode(kind, from, until);
    }

    /** "from T1 until T2 (N captures)" evidence of an episode. */
    static void span(Map<String, String> evidence, List<SubtaskPoint> episode) {
        SubtaskPoint first = episode.get(0);
        SubtaskPoint last = episode.get(episode.size() - 1);
        evidence.put("from", String.valueOf(first.capture().capturedAt()));
        evidence.put("until", String.valueOf(last.capture().capturedAt()));
        evidence.put("captures", Integer.toString(episode.size()));
    }

    /** Time from the first to the last point of an episode; zero without capture times. */
    static Duration duration(List<SubtaskPoint> episode) {
        Instant first = episode.get(0).capture().capturedAt();
        Instant last = episode.get(episode.size() - 1).capture().capturedAt();
        return first == null || last == null ? Duration.ZERO : Duration.between(first, last);
    }
}
