package org.dmreport.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dmreport.model.Capture;

/**
 * Builds series across captures from points given in capture order (see
 * {@link org.dmreport.model.CaptureOrder}). A subtask is a task on a source in a cluster, a source a
 * source in a cluster: two clusters' {@code billing} on {@code mysql-01} are two series. At one capture
 * time the first document speaks for a subtask or source (a capture often holds the same subtask
 * twice: in {@code query-status TASK} and in a plain {@code query-status} that fell back to the full
 * response). A later document that agrees is dropped as it arrives; one that disagrees (another
 * stage, unit or position of a subtask; a source answering in one and not the other) is kept as a
 * conflict beside the series, never silently. Subtask points go to a {@link PointStore}, which need
 * not keep them on the heap. A snapshot without a capture time (standard input) makes series of its
 * own, one step long. Not thread-safe: one reader adds, in order.
 */
public final class Timelines {

    /** A subtask or source: its cluster, task ("" for a source) and source name; ordered so. */
    record Key(String cluster, String task, String source) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = cluster.compareTo(o.cluster);
            c = c != 0 ? c : task.compareTo(o.task);
            return c != 0 ? c : source.compareTo(o.source);
        }
    }

    /**
     * A subtask series being written: its id in the store, its latest point (what later documents of
     * the same time are compared with), and the store series of its conflicts (-1 until the first).
     */
    private static final class Open {
        final int id;
        SubtaskPoint last;
        int conflicts = -1;

        Open(int id) {
            this.id = id;
        }
    }

    /** A source series being written: its points and its conflicts. */
    private record OpenSource(List<SourcePoint> points, List<SourceSeries.Conflict> conflicts) {}

    private final PointStore store;
    private final Map<Key, Open> subtasks = new HashMap<>();
    private final List<SubtaskSeries> untimedSubtasks = new ArrayList<>();
    private final Map<Key, OpenSource> sources = new HashMap<>();
    private final List<SourceSeries> untimedSources = new ArrayList<>();
    private final List<Coverage> coverage = new ArrayList<>();

    /** Series whose subtask points are kept in {@code store}. */
    public Timelines(PointStore store) {
        this.store = store;
    }

    /** Adds one snapshot's points and coverage; snapshots must come in capture order. */
    public void add(List<SubtaskPoint> subtaskPoints, List<SourcePoint> sourcePoints, List<Coverage> covered) {
        for (SubtaskPoint p : subtaskPoints) {
            String cluster = p.capture().cluster();
            if (p.capture().capturedAt() == null) {
                untimedSubtasks.add(new SubtaskSeries(
                        cluster,
                        p.task(),
                        p.source(),
                        List.of(new SubtaskSeries.Step(p, null, 0)),
                        List.of(),
                        List.of()));
                continue;
            }
            Open series = subtasks.computeIfAbsent(new Key(cluster, p.task(), p.source()), k -> new Open(store.open()));
            if (series.last == null
                    || !p.capture().capturedAt().equals(series.last.capture().capturedAt())) {
                store.append(series.id, p);
                series.last = p;
            } else if (disagree(series.last, p)) {
                if (series.conflicts < 0) {
                    series.conflicts = store.open();
                }
                store.append(series.conflicts, series.last);
                store.append(series.conflicts, p);
            }
        }
        for (SourcePoint p : sourcePoints) {
            if (p.capture().capturedAt() == null) {
                untimedSources.add(new SourceSeries(p.capture().cluster(), p.source(), List.of(p), List.of()));
                continue;
            }
            OpenSource seen = sources.computeIfAbsent(
                    new Key(p.capture().cluster(), "", p.source()),
                    k -> new OpenSource(new ArrayList<>(), new ArrayList<>()));
            SourcePoint last = seen.points.isEmpty() ? null : last(seen.points);
            if (last == null || !last.capture().capturedAt().equals(p.capture().capturedAt())) {
                seen.points.add(p);
            } else if (last.answered() != p.answered()) {
                seen.conflicts.add(new SourceSeries.Conflict(last, p));
            }
        }
        for (Coverage c : covered) {
            if (c.capture().capturedAt() != null) {
                coverage.add(c);
            }
        }
    }

    /**
     * Whether two documents of one time show a subtask otherwise: another stage or unit, or another
     * replicated position. Counters, lag and the upstream's position move between two reads and are
     * not compared.
     */
    static boolean disagree(SubtaskPoint a, SubtaskPoint b) {
        return !a.stage().equals(b.stage())
                || !a.unit().equals(b.unit())
                || !Objects.equals(a.syncerBinlog(), b.syncerBinlog())
                || !Objects.equals(a.syncerGtid(), b.syncerGtid());
    }

    /**
     * Every subtask's series, sorted by cluster, task and source, then the untimed ones in capture
     * order; call once every snapshot is added.
     */
    public List<StoredSeries> subtasks() {
        List<StoredSeries> result = new ArrayList<>();
        Map<Key, List<Capture>> unanswered = new HashMap<>();
        Map<Key, List<Coverage>> ofTask = new HashMap<>();
        new TreeMap<>(subtasks)
                .forEach((key, series) -> result.add(StoredSeries.stored(
                        key,
                        store,
                        series.id,
                        series.conflicts,
                        ofTask.computeIfAbsent(new Key(key.cluster(), key.task(), ""), this::coverageOf),
                        unanswered.computeIfAbsent(new Key(key.cluster(), "", key.source()), this::unanswered))));
        untimedSubtasks.forEach(s -> result.add(StoredSeries.held(s)));
        return result;
    }

    /** The timed coverage that speaks of {@code task.task()} in its cluster. */
    private List<Coverage> coverageOf(Key task) {
        return coverage.stream()
                .filter(c -> c.capture().cluster().equals(task.cluster()) && c.speaksOf(task.task()))
                .toList();
    }

    /**
     * The captures, in time order, at which {@code source}'s entry said it did not answer; found once
     * per source, for all the tasks it serves.
     */
    private List<Capture> unanswered(Key source) {
        List<Capture> silent = new ArrayList<>();
        OpenSource seen = sources.get(source);
        for (SourcePoint p : seen == null ? List.<SourcePoint>of() : seen.points) {
            if (!p.answered()) {
                silent.add(p.capture());
            }
        }
        return List.copyOf(silent);
    }

    /** Every source's series, sorted by cluster and source, then the untimed ones in capture order. */
    public List<SourceSeries> sources() {
        List<SourceSeries> result = new ArrayList<>();
        new TreeMap<>(sources)
                .forEach((key, seen) ->
                        result.add(new SourceSeries(key.cluster(), key.source(), seen.points, seen.conflicts)));
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
            boolean shown =
                    next < seen.size() && seen.get(next).capture().capturedAt().equals(time);
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
