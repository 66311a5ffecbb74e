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
        Map<String, Map<String, List<SubtaskPoint>>> byTask = new TreeMap<>();
        List<SubtaskPoint> sorted = new ArrayList<>(points);
        sorted.sort(POINT_ORDER);
        List<SubtaskSeries> untimed = new ArrayList<>();
        for (SubtaskPoint p : sorted) {
            if (p.capture().capturedAt() == null) {
                untimed.add(new SubtaskSeries(p.task(), p.source(), List.of(new SubtaskSeries.Step(p, null, 0))));
                continue;
            }
            List<SubtaskPoint> seen = byTask.computeIfAbsent(p.task(), k -> new TreeMap<>())
                    .computeIfAbsent(p.source(), k -> new ArrayList<>());
            // Sorted by time first: a later document at the same time repeats the subtask.
            if (seen.isEmpty() || !seen.get(seen.size() - 1).capture().capturedAt().equals(p.capture().capturedAt())) {
                seen.add(p);
            }
        }
        List<Coverage> timed = coverage.stream().filter(c -> c.capture().capturedAt() != null)
                .sorted((a, b) -> CaptureOrder.compare(a.capture(), a.document(), b.capture(), b.document()))
                .toList();
        List<SubtaskSeries> result = new ArrayList<>();
        byTask.forEach((task, bySource) -> {
            List<Coverage> ofTask = timed.stream().filter(c -> c.task() == null || c.task().equals(task)).toList();
            bySource.forEach((source, seen) -> result.add(new SubtaskSeries(task, source,
                    steps(task, source, seen, ofTask))));
        });
        result.addAll(untimed);
        return result;
    }

    /**
     * Merges a subtask's points with the captures after its first that cover it without showing it
     * (both in time order): at a time with no point, the first covering snapshot says it was absent.
     */
    private static List<SubtaskSeries.Step> steps(String task, String source, List<SubtaskPoint> seen,
                                                  List<Coverage> timed) {
        List<SubtaskSeries.Step> steps = new ArrayList<>(seen.size());
        Instant first = seen.get(0).capture().capturedAt();
        Instant lastAbsent = null;
        int next = 0;
        for (Coverage c : timed) {
            Instant time = c.capture().capturedAt();
            if (!time.isAfter(first) || time.equals(lastAbsent)) {
                continue;
            }
            while (next < seen.size() && seen.get(next).capture().capturedAt().isBefore(time)) {
                steps.add(new SubtaskSeries.Step(seen.get(next++), null, 0));
            }
            boolean shown = next < seen.size() && seen.get(next).capture().capturedAt().equals(time);
            if (!shown && c.covers(task, source)) {
                steps.add(new SubtaskSeries.Step(null, c.capture(), c.document()));
                lastAbsent = time;
            }
        }
        while (next < seen.size()) {
            steps.add(new SubtaskSeries.Step(seen.get(next++), null, 0));
        }
        return steps;
    }

    /** Every source's series, sorted by source. */
    public static List<SourceSeries> sources(List<SourcePoint> points) {
        Map<String, List<SourcePoint>> bySource = new TreeMap<>();
        List<SourcePoint> sorted = new ArrayList<>(points);
        sorted.sort((a, b) -> CaptureOrder.compare(a.capture(), a.document(), b.capture(), b.document()));
        List<SourceSeries> untimed = new ArrayList<>();
        for (SourcePoint p : sorted) {
            if (p.capture().capturedAt() != null) {
                List<SourcePoint> seen = bySource.computeIfAbsent(p.source(), k -> new ArrayList<>());
                if (seen.isEmpty()
                        || !seen.get(seen.size() - 1).capture().capturedAt().equals(p.capture().capturedAt())) {
                    seen.add(p);
                }
            } else {
                untimed.add(new SourceSeries(p.source(), List.of(p)));
            }
        }
        List<SourceSeries> result = new ArrayList<>();
        bySource.forEach((source, seen) -> result.add(new SourceSeries(source, seen)));
        result.addAll(untimed);
        return result;
    }
}
