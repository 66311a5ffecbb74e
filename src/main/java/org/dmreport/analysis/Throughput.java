package org.dmreport.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dmreport.model.Unit;

/**
 * Throughput from counter deltas between consecutive captures of one unit: rows per second for
 * Sync, bytes per second for Load and Dump. DM's own rates are measured since the worker started or
 * since the previous query, so they are not comparable across captures; deltas are.
 *
 * @param samples  one rate per pair of consecutive captures, at the later one
 * @param reported DM's own rate at the latest capture, or null
 */
public record Throughput(String unit, List<Sample> samples, Long reported) {

    public Throughput {
        samples = List.copyOf(samples);
    }

    /** A rate at a time. */
    public record Sample(Instant at, double perSecond) {}

    /** The latest rate, or null with fewer than two captures in one unit. */
    public Double latest() {
        return samples.isEmpty() ? null : samples.get(samples.size() - 1).perSecond();
    }

    /** The mean of the rates, or null. */
    public Double average() {
        return samples.isEmpty()
                ? null
                : samples.stream().mapToDouble(Sample::perSecond).average().orElse(0);
    }

    /** The throughput of the latest unit of a series. */
    public static Throughput of(SubtaskSeries series) {
        List<Sample> samples = new ArrayList<>();
        SubtaskPoint previous = null;
        SubtaskPoint last = null;
        for (SubtaskSeries.Step step : series.steps()) {
            if (!step.present()) {
                previous = null;
                continue;
            }
            SubtaskPoint p = step.point();
            if (last != null && !last.unit().equals(p.unit())) {
                samples.clear();
            }
            last = p;
            if (previous != null && previous.unit().equals(p.unit())) {
                rate(previous, p).ifPresent(samples::add);
            }
            previous = p;
        }
        return new Throughput(last == null ? "" : last.unit(), samples, last == null ? null : last.reportedRate());
    }

    private static Optional<Sample> rate(SubtaskPoint a, SubtaskPoint b) {
        if (a.capture().capturedAt() == null || b.capture().capturedAt() == null) {
            return Optional.empty();
        }
        long seconds = Duration.between(a.capture().capturedAt(), b.capture().capturedAt())
                .getSeconds();
        Double from = Unit.Sync.is(b.unit()) ? toDouble(a.rows()) : a.progress();
        Double to = Unit.Sync.is(b.unit()) ? toDouble(b.rows()) : b.progress();
        if (seconds <= 0 || from == null || to == null || to < from) {
            return Optional.empty();
        }
        return Optional.of(new Sample(b.capture().capturedAt(), (to - from) / seconds));
    }

    private static Double toDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }
}
