package org.dmreport.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmreport.model.CaptureOrder;

/**
 * Builds series across captures. A snapshot without a capture time (standard input) makes series of
 * its own, one step long. At one capture time
 * the first document in capture order speaks for a subtask or source (a capture often holds the
 * same subtask twice: in {@code query-status TASK} and in a plain {@code query-status} that fell
 * back to the full response).
 */
public final class Timelines {

    private static final Comparator<SubtaskPoint> POINT_ORDER =
            (a, b) -> CaptureOrder.compare(a.capture(), a.document(), b.capture(), b.document());

    private Timelines() {}

    /** Every subtask's series, sorted by task then source. */
    public static List<SubtaskSeries> subtasks(List<SubtaskPoint> points, List<Coverage> coverage) {
        Map<String, Map<String, TreeMap<Instant, SubtaskPoint>>> byTask = new TreeMap<>();
        List<SubtaskPoint> sorted = new ArrayList<>(points);
        sorted.sort(POINT_ORDER);
        List<SubtaskSeries> untimed = new ArrayList<>();
        for (SubtaskPoint p : sorted) {
            if (p.capture().capturedAt() == null) {
                untimed.add(new SubtaskSeries(p.task(), p.source(), List.of(new SubtaskSeries.Step(p, null, 0))));
                continue;
            }
            byTask.computeIfAbsent(p.task(), k -> new TreeMap<>()).computeIfAbsent(p.source(), k -> new TreeMap<>())
                    .putIfAbsent(p.capture().capturedAt(), p);
        }
        List<Coverage> timed = coverage.stream().filter(c -> c.capture().capturedAt() != null)
                .sorted((a, b) -> CaptureOrder.compare(a.capture(), a.document(), b.capture(), b.document()))
                .toList();
        List<SubtaskSeries> result = new ArrayList<>();
        byTask.forEach((task, bySource) -> bySource.forEach((source, seen) -> {
            TreeMap<Instant, SubtaskSeries.Step> steps = new TreeMap<>();
            seen.forEach((time, point) -> steps.put(time, new SubtaskSeries.Step(point, null, 0)));
            Instant first = seen.firstKey();
            for (Coverage c : timed) {
                Instant time = c.capture().capturedAt();
                if (time.isAfter(first) && !steps.containsKey(time) && c.covers(task, source)) {
                    steps.put(time, new SubtaskSeries.Step(null, c.capture(), c.document()));
                }
            }
            result.add(new SubtaskSeries(task, source, new ArrayList<>(steps.values())));
        }));
        result.addAll(untimed);
        return result;
    }

    /** Every source's series, sorted by source. */
    public static List<SourceSeries> sources(List<SourcePoint> points) {
        Map<String, TreeMap<Instant, SourcePoint>> bySource = new TreeMap<>();
        List<SourcePoint> sorted = new ArrayList<>(points);
        sorted.sort((a, b) -> CaptureOrder.compare(a.capture(), a.document(), b.capture(), b.document()));
        List<SourceSeries> untimed = new ArrayList<>();
        for (SourcePoint p : sorted) {
            if (p.capture().capturedAt() != null) {
                bySource.computeIfAbsent(p.source(), k -> new TreeMap<>()).putIfAbsent(p.capture().capturedAt(), p);
            } else {
                untimed.add(new SourceSeries(p.source(), List.of(p)));
            }
        }
        List<SourceSeries> result = new ArrayList<>();
        bySource.forEach((source, seen) -> result.add(new SourceSeries(source, new ArrayList<>(seen.values()))));
        result.addAll(untimed);
        return result;
    }
}
