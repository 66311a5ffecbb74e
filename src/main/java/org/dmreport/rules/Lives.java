package org.dmreport.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;

/**
 * Splits a subtask's series into lives (a disappearance, i.e. stop-task, ends one) and lives into
 * episodes: maximal runs of consecutive captures in which something holds.
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

    /** Visits every two consecutive points of each life, earlier first. */
    static void consecutive(SubtaskSeries series, java.util.function.BiConsumer<SubtaskPoint, SubtaskPoint> visitor) {
        for (List<SubtaskPoint> life : of(series)) {
            for (int k = 1; k < life.size(); k++) {
                visitor.accept(life.get(k - 1), life.get(k));
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
        org.dmreport.model.Origin origin = below.isEmpty() ? p.origin()
                : new org.dmreport.model.Origin(p.pointer(below), p.origin().line(), p.origin().column());
        return new Place(p.capture(), p.document(), origin, p.task(), p.source());
    }

    /** "from T1 until T2 (N captures)" evidence of an episode. */
    static void span(java.util.Map<String, String> evidence, List<SubtaskPoint> episode) {
        SubtaskPoint first = episode.get(0);
        SubtaskPoint last = episode.get(episode.size() - 1);
        evidence.put("from", String.valueOf(first.capture().capturedAt()));
        evidence.put("until", String.valueOf(last.capture().capturedAt()));
        evidence.put("captures", Integer.toString(episode.size()));
    }

    /** Time from the first to the last point of an episode; zero without capture times. */
    static java.time.Duration duration(List<SubtaskPoint> episode) {
        var first = episode.get(0).capture().capturedAt();
        var last = episode.get(episode.size() - 1).capture().capturedAt();
        return first == null || last == null ? java.time.Duration.ZERO : java.time.Duration.between(first, last);
    }
}
