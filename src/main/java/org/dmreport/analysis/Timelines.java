package org.dmreport.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmreport.model.Capture;

/**
 * Builds series across captures from points given in capture order (see
 * {@link org.dmreport.model.CaptureOrder}). At one capture time the first document speaks for a
 * subtask or source (a capture often holds the same subtask twice: in {@code query-status TASK} and
 * in a plain {@code query-status} that fell back to the full response), so later repeats are dropped
 * as they arrive and never kept. Subtask points go to a {@link PointStore}, which need not keep them
 * on the heap. A snapshot without a capture time (standard input) makes series of its own, one step
 * long. Not thread-safe: one reader adds, in order.
 */
public final class Timelines {

    /** A subtask series being written: its id in the store and the time of its latest point. */
    private static final class Open {
        final int id;
        Instant last;

        Open(int id) {
            this.id = id;
        }
    }

    private final PointStore store;
    private final Map<String, Map<String, Open>> subtasksByTask = new HashMap<>();
    private final List<SubtaskSeries> untimedSubtasks = new ArrayList<>();
    private final Map<String, List<SourcePoint>> sourcesByName = new HashMap<>();
    private final List<SourceSeries> untimedSources = new ArrayList<>();
    private final List<Coverage> coverage = new ArrayList<>();

    /** Series whose subtask points are kept in {@code store}. */
    public Timelines(PointStore store) {
        this.store = store;
    }

    /** Adds one snapshot's points and coverage; snapshots must come in capture order. */
    public void add(List<SubtaskPoint> subtasks, List<SourcePoint> sources, List<Coverage> covered) {
        for (SubtaskPoint p : subtasks) {
            if (p.capture().capturedAt() == null) {
                untimedSubtasks.add(new SubtaskSeries(p.task(), p.source(), List.of(new SubtaskSeries.Step(p, null, 0))));
                continue;
            }
            Open series = subtasksByTask.computeIfAbsent(p.task(), k -> new HashMap<>())
                    .computeIfAbsent(p.source(), k -> new Open(store.open()));
            if (!p.capture().capturedAt().equals(series.last)) {
                store.append(series.id, p);
                series.last = p.capture().capturedAt();
            }
        }
        for (SourcePoint p : sources) {
            if (p.capture().capturedAt() == null) {
                untimedSources.add(new SourceSeries(p.source(), List.of(p)));
                continue;
            }
            List<SourcePoint> seen = sourcesByName.computeIfAbsent(p.source(), k -> new ArrayList<>());
            if (seen.isEmpty() || !last(seen).capture().capturedAt().equals(p.capture().capturedAt())) {
                seen.add(p);
            }
        }
        for (Coverage c : covered) {
            if (c.capture().capturedAt() != null) {
                coverage.add(c);
            }
        }
    }

    /**
     * Every subtask's series, sorted by task then source, then the untimed ones in capture order;
     * call once every snapshot is added.
     */
    public List<StoredSeries> subtasks() {
        List<StoredSeries> result = new ArrayList<>();
        Map<String, List<Capture>> unanswered = new HashMap<>();
        new TreeMap<>(subtasksByTask).forEach((task, bySource) -> {
            List<Coverage> ofTask = coverage.stream().filter(c -> c.speaksOf(task)).toList();
            new TreeMap<>(bySource).forEach((source, series) -> result.add(StoredSeries.stored(task, source, store,
                    series.id, ofTask, unanswered.computeIfAbsent(source, this::unanswered))));
        });
        untimedSubtasks.forEach(s -> result.add(StoredSeries.held(s)));
        return result;
    }

    /**
     * The captures, in time order, at which {@code source}'s entry said it did not answer; found once
     * per source, for all the tasks it serves.
     */
    private List<Capture> unanswered(String source) {
        List<Capture> silent = new ArrayList<>();
        for (SourcePoint p : sourcesByName.getOrDefault(source, List.of())) {
            if (!p.answered()) {
                silent.add(p.capture());
            }
        }
        return List.copyOf(silent);
    }

    /** Every source's series, sorted by source, then the untimed ones in capture order. */
    public List<SourceSeries> sources() {
        List<SourceSeries> result = new ArrayList<>();
        new TreeMap<>(sourcesByName).forEach((source, seen) -> result.add(new SourceSeries(source, seen)));
        result.addAll(untimedSources);
        return result;
    }

    /**
     * Merges a subtask's points with the captures after its first that cover it without showing it
     * (both in time order): at a time with no point, the first covering snapshot says it was absent.
     */
    static List<SubtaskSeries.Step> steps(String task, String source, List<SubtaskPoint> seen, List<Coverage> timed) {
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

    /** The captures of {@code silent} at whose time no point of {@code seen} (both in time order) was taken. */
    static List<Capture> unseen(List<SubtaskPoint> seen, List<Capture> silent) {
        List<Capture> unseen = new ArrayList<>();
        int next = 0;
        for (Capture c : silent) {
            while (next < seen.size() && seen.get(next).capture().capturedAt().isBefore(c.capturedAt())) {
                next++;
            }
            if (next == seen.size() || !seen.get(next).capture().capturedAt().equals(c.capturedAt())) {
                unseen.add(c);
            }
        }
        return unseen;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
