package org.dmreport.analysis;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.dmreport.model.Capture;

/**
 * A subtask's series whose points stay in a {@link PointStore} until asked for: {@link #load()}
 * gives the whole series (absences included) and {@link #points(boolean)} streams the points, so that
 * only the series in use are on the heap. Thread-safe once the store is written.
 *
 * <p>A report decodes each series once per reader: the rules (during the check), the view model,
 * and {@code subtasks.csv} ({@code errors.csv} decodes only the points with errors, and the window
 * only the first point in it). The decoded series are not kept from one reader to the next, as
 * memory would then grow with the captures: decoding is 5.7% of a report's CPU samples over
 * {@code bin/benchmark}'s small corpus (JFR at 1 ms, 1,144 samples; about 1.8% a pass), so one
 * decode instead of three would save less than the run-to-run noise.
 */
public final class StoredSeries {

    private final String cluster;
    private final String task;
    private final String source;
    private final PointStore store;
    private final int id;
    /** The store series of conflicting documents, kept and set-aside points in pairs; -1 for none. */
    private final int conflicts;
    /** The timed coverage of the series' task, for the captures that show it absent. */
    private final List<Coverage> coverage;
    /** The captures at which the series' source did not answer, in time order. */
    private final List<Capture> unanswered;
    /** A one-step series held as it is (a snapshot without a capture time); null for stored ones. */
    private final SubtaskSeries held;
    /** The steps kept; null keeps every step. */
    private final Predicate<SubtaskSeries.Step> window;

    private StoredSeries(
            String cluster,
            String task,
            String source,
            PointStore store,
            int id,
            int conflicts,
            List<Coverage> coverage,
            List<Capture> unanswered,
            SubtaskSeries held,
            Predicate<SubtaskSeries.Step> window) {
        this.cluster = cluster;
        this.task = task;
        this.source = source;
        this.store = store;
        this.id = id;
        this.conflicts = conflicts;
        this.coverage = coverage;
        this.unanswered = unanswered;
        this.held = held;
        this.window = window;
    }

    /**
     * Series {@code id} of {@code store}, with its conflicts in store series {@code conflicts} (-1 for
     * none), merged with {@code coverage} (timed, of its task) and the captures at which its source
     * did not answer when loaded.
     */
    static StoredSeries stored(
            Timelines.Key key,
            PointStore store,
            int id,
            int conflicts,
            List<Coverage> coverage,
            List<Capture> unanswered) {
        return new StoredSeries(
                key.cluster(),
                key.task(),
                key.source(),
                store,
                id,
                conflicts,
                coverage,
                List.copyOf(unanswered),
                null,
                null);
    }

    /** A series held on the heap as it is. */
    public static StoredSeries held(SubtaskSeries series) {
        return new StoredSeries(
                series.cluster(), series.task(), series.source(), null, -1, -1, List.of(), List.of(), series, null);
    }

    /** The cluster, "" when the inputs name none. */
    public String cluster() {
        return cluster;
    }

    public String task() {
        return task;
    }

    public String source() {
        return source;
    }

    /** The same series keeping only the steps {@code keep} accepts. */
    public StoredSeries within(Predicate<SubtaskSeries.Step> keep) {
        return new StoredSeries(
                cluster,
                task,
                source,
                store,
                id,
                conflicts,
                coverage,
                unanswered,
                held,
                window == null ? keep : window.and(keep));
    }

    /**
     * The whole series: its points and the captures that show it absent, in time order, and the
     * conflicts at the times kept.
     */
    public SubtaskSeries load() {
        if (held != null) {
            return window == null
                    ? held
                    : new SubtaskSeries(
                            cluster,
                            task,
                            source,
                            held.steps().stream().filter(window).toList(),
                            held.unanswered(),
                            held.conflicts());
        }
        List<SubtaskPoint> seen = new ArrayList<>();
        store.read(id, false).forEachRemaining(seen::add);
        List<SubtaskSeries.Step> steps = Timelines.steps(task, source, seen, coverage);
        List<SubtaskSeries.Conflict> conflicting = new ArrayList<>();
        if (conflicts >= 0) {
            Iterator<SubtaskPoint> pairs = store.read(conflicts, false);
            while (pairs.hasNext()) {
                SubtaskSeries.Conflict c = new SubtaskSeries.Conflict(pairs.next(), pairs.next());
                if (window == null || window.test(new SubtaskSeries.Step(c.kept(), null, 0))) {
                    conflicting.add(c);
                }
            }
        }
        return new SubtaskSeries(
                cluster,
                task,
                source,
                window == null ? steps : steps.stream().filter(window).toList(),
                Timelines.unseen(seen, unanswered),
                conflicting);
    }

    /**
     * The points of the series in time order, read one by one; with {@code withErrorsOnly}, only
     * those with errors.
     */
    public Iterator<SubtaskPoint> points(boolean withErrorsOnly) {
        Iterator<SubtaskPoint> all = held != null
                ? held.steps().stream()
                        .filter(SubtaskSeries.Step::present)
                        .map(SubtaskSeries.Step::point)
                        .filter(p -> !withErrorsOnly || p.hasErrors())
                        .iterator()
                : store.read(id, withErrorsOnly);
        if (window == null) {
            return all;
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED), false)
                .filter(p -> window.test(new SubtaskSeries.Step(p, null, 0)))
                .iterator();
    }
}
