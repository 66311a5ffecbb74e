package org.dmreport.report.csv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import org.dmreport.analysis.StoredSeries;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.report.view.ReportInput;

/**
 * The rows of the point tables ({@code subtasks.csv}, {@code errors.csv}): every series' points
 * merged into one order, time first, read as they are merged.
 */
final class PointRows {

    private PointRows() {}

    /** A point with its capture time as printed. */
    record Timed(String time, SubtaskPoint point) {}

    /**
     * The head of one series in the merge: its next point, and the series' rank in task, source and
     * list order (a series' points all have its task and source).
     */
    private record Head(SubtaskPoint point, Iterator<SubtaskPoint> rest, int rank) {}

    /**
     * Rows in time order (points without a capture time first), then task and source, then series
     * list order: compared by time and rank, as the merge compares heads some twenty times a row.
     */
    private static final Comparator<Head> ROW_ORDER = (a, b) -> {
        Instant x = a.point().capture().capturedAt();
        Instant y = b.point().capture().capturedAt();
        if (x != y) {
            if (x == null || y == null) {
                return x == null ? -1 : 1;
            }
            int byTime = x.compareTo(y);
            if (byTime != 0) {
                return byTime;
            }
        }
        return Integer.compare(a.rank(), b.rank());
    };

    /**
     * The present points of every series (with {@code withErrorsOnly}, those with errors), in row
     * order, series order breaking ties: each series is already in time order, so they are merged
     * as they are read, one point of each series on the heap at a time. Rows come in time order, so
     * each time is formatted once.
     */
    static Iterable<Timed> timed(ReportInput input, boolean withErrorsOnly) {
        return () -> new Iterator<>() {
            private final PriorityQueue<Head> heads = heads(input, withErrorsOnly);
            private Instant lastTime;
            private String lastText = "";

            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public Timed next() {
                Head head = heads.poll();
                if (head == null) {
                    throw new NoSuchElementException();
                }
                if (head.rest().hasNext()) {
                    heads.add(new Head(head.rest().next(), head.rest(), head.rank()));
                }
                SubtaskPoint p = head.point();
                Instant time = p.capture().capturedAt();
                if (!Objects.equals(time, lastTime)) {
                    lastTime = time;
                    lastText = Columns.time(p.capture());
                }
                return new Timed(lastText, p);
            }
        };
    }

    private static PriorityQueue<Head> heads(ReportInput input, boolean withErrorsOnly) {
        List<StoredSeries> series = input.subtasks();
        List<Integer> byName = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            byName.add(k);
        }
        byName.sort(Comparator.comparing((Integer k) -> series.get(k).cluster())
                .thenComparing(k -> series.get(k).task())
                .thenComparing(k -> series.get(k).source())
                .thenComparing(Comparator.naturalOrder()));
        PriorityQueue<Head> heads = new PriorityQueue<>(Math.max(1, series.size()), ROW_ORDER);
        for (int rank = 0; rank < byName.size(); rank++) {
            Iterator<SubtaskPoint> points = series.get(byName.get(rank)).points(withErrorsOnly);
            if (points.hasNext()) {
                heads.add(new Head(points.next(), points, rank));
            }
        }
        return heads;
    }
}
