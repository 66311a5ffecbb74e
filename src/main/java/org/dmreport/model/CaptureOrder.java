package org.dmreport.model;

import java.time.Instant;
import java.util.Comparator;

/**
 * The order in which snapshots are shown: capture time (unknown times last), input path, document
 * index. Every output that lists snapshots uses it, so none depends on thread timing.
 */
public final class CaptureOrder {

    private static final Comparator<Instant> TIMES = Comparator.nullsLast(Comparator.naturalOrder());

    /** Orders problems: input path, line, column, message. */
    public static final Comparator<Problem> PROBLEMS = Comparator.comparing(Problem::input)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    private CaptureOrder() {}

    /** Compares document {@code documentA} of capture {@code a} with {@code documentB} of {@code b}. */
    public static int compare(Capture a, int documentA, Capture b, int documentB) {
        int c = TIMES.compare(a.capturedAt(), b.capturedAt());
        if (c == 0) {
            c = a.input().compareTo(b.input());
        }
        return c != 0 ? c : Integer.compare(documentA, documentB);
    }
}
