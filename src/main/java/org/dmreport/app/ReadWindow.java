package org.dmreport.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Finding;
import org.dmreport.model.Capture;

/**
 * The captures a command needs, by capture time: those from {@code since} to {@code until} (either
 * may be null), and the last capture before {@code since}, which gives every series its state at the
 * window's start. Inputs outside are never opened, so a daily report over a growing archive costs a
 * day. Inputs with no capture time are always read: nothing tells where they belong.
 *
 * @param lookback how far before {@code since} a health episode still open at the window's start is
 *                 followed back to its true start ({@link Lookback}); only those captures are read
 */
public record ReadWindow(Instant since, Instant until, Duration lookback) {

    /** How far back an open episode is followed unless {@code --lookback} says otherwise. */
    public static final Duration DEFAULT_LOOKBACK = Duration.ofDays(7);

    public static final ReadWindow ALL = new ReadWindow(null, null);

    /** The captures from {@code since} to {@code until}, open episodes followed back {@link #DEFAULT_LOOKBACK}. */
    public ReadWindow(Instant since, Instant until) {
        this(since, until, DEFAULT_LOOKBACK);
    }

    /** Whether an episode open at the window's start is followed back: it has a start and a lookback. */
    public boolean looksBack() {
        return since != null && !lookback.isZero();
    }

    /** Whether either end is set. */
    public boolean bounded() {
        return since != null || until != null;
    }

    /** Whether a capture at {@code at} lies in the window; one of no known time lies only in an unbounded one. */
    public boolean contains(Instant at) {
        return !bounded()
                || at != null && (since == null || !at.isBefore(since)) && (until == null || !at.isAfter(until));
    }

    /** Whether a finding at {@code at} is kept while reading: in the window, or of no known time. */
    public boolean shows(Instant at) {
        return at == null || contains(at);
    }

    /**
     * Whether {@code f} belongs to the window: a health episode when it overlaps it (one still open
     * when the window starts is part of its story, at its start as read), any other finding when it
     * lies in it or has no known time.
     */
    public boolean shows(Finding f) {
        Episode e = f.episode();
        if (e == null || !bounded()) {
            return shows(f.capturedAt());
        }
        return (since == null || !e.until().isBefore(since))
                && (until == null || !e.from().isAfter(until));
    }

    /** The items whose capture is needed, in their order; {@code items} are sorted by capture time. */
    <T> List<T> select(List<T> items, Function<T, Capture> capture) {
        if (!bounded()) {
            return items;
        }
        Instant lastBefore = null;
        if (since != null) {
            for (T item : items) {
                Instant at = capture.apply(item).capturedAt();
                if (at != null && at.isBefore(since) && (lastBefore == null || at.isAfter(lastBefore))) {
                    lastBefore = at;
                }
            }
        }
        List<T> selected = new ArrayList<>();
        for (T item : items) {
            Instant at = capture.apply(item).capturedAt();
            boolean needed = at == null
                    || (until == null || !at.isAfter(until))
                            && (since == null || !at.isBefore(since) || at.equals(lastBefore));
            if (needed) {
                selected.add(item);
            }
        }
        return selected;
    }
}
