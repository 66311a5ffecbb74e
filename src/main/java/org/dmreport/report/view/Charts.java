package org.dmreport.report.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Chart geometry shared by the HTML report's drawings: a time scale with its ticks, and sparklines
 * cut to at most {@link #SPARK_POINTS} points, keeping each bucket's lowest and highest value, so a
 * month of per-minute captures still opens at once. The timeline is {@link TimelineRows}', the lag
 * charts {@link LagCharts}'.
 */
final class Charts {

    private static final int SPARK_POINTS = 240;
    private static final int SPARK_WIDTH = 160;
    private static final int SPARK_HEIGHT = 28;

    private Charts() {}

    /** A value at a time. */
    record Point(Instant at, double value) {}

    /** Maps capture times onto x between {@code x0} and {@code x1}. */
    record Scale(Instant from, Instant until, double x0, double x1) {

        double x(Instant t) {
            if (from == null || t == null || !until.isAfter(from)) {
                return x0;
            }
            double f = (double) Duration.between(from, t).getSeconds()
                    / Duration.between(from, until).getSeconds();
            return round(x0 + f * (x1 - x0));
        }

        /** About six ticks at round times; whole days, however many, for a span of years. */
        List<ReportModel.Tick> ticks(Display display) {
            List<ReportModel.Tick> ticks = new ArrayList<>();
            if (from == null) {
                return ticks;
            }
            long span = Math.max(1, Duration.between(from, until).getSeconds());
            long[] steps = {60, 300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 7 * 86400};
            long step = steps[steps.length - 1];
            for (long s : steps) {
                if (span / s <= 6) {
                    step = s;
                    break;
                }
            }
            if (span / step > 6) {
                step = (span / 6 / 86400 + 1) * 86400;
            }
            long start = (from.getEpochSecond() + step - 1) / step * step;
            for (long t = start; t <= until.getEpochSecond(); t += step) {
                Instant at = Instant.ofEpochSecond(t);
                ticks.add(new ReportModel.Tick(
                        x(at), display.time(at).substring(step >= 86400 ? 0 : 11, step >= 86400 ? 10 : 16)));
            }
            return ticks;
        }
    }

    /** The median time between consecutive {@code times} (in order), equal ones left out; null with none. */
    static Duration usualGap(List<Instant> times) {
        List<Long> gaps = new ArrayList<>();
        for (int k = 1; k < times.size(); k++) {
            long seconds = Duration.between(times.get(k - 1), times.get(k)).getSeconds();
            if (seconds > 0) {
                gaps.add(seconds);
            }
        }
        if (gaps.isEmpty()) {
            return null;
        }
        gaps.sort(null);
        return Duration.ofSeconds(gaps.get(gaps.size() / 2));
    }

    /** A sparkline of {@code points}, or null with fewer than two. */
    static ReportModel.Sparkline sparkline(List<Point> points, String label) {
        if (points.size() < 2) {
            return null;
        }
        List<Point> kept = downsample(points);
        double min = kept.stream().mapToDouble(Point::value).min().orElse(0);
        double max = kept.stream().mapToDouble(Point::value).max().orElse(0);
        long t0 = kept.get(0).at().getEpochSecond();
        long t1 = kept.get(kept.size() - 1).at().getEpochSecond();
        StringBuilder sb = new StringBuilder();
        for (Point p : kept) {
            double x = t1 == t0 ? 0 : (double) (p.at().getEpochSecond() - t0) / (t1 - t0) * SPARK_WIDTH;
            double y = max == min
                    ? SPARK_HEIGHT / 2.0
                    : SPARK_HEIGHT - 2 - (p.value() - min) / (max - min) * (SPARK_HEIGHT - 4);
            sb.append(sb.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
        }
        return new ReportModel.Sparkline(sb.toString(), SPARK_WIDTH, SPARK_HEIGHT, Display.number(max), label);
    }

    /** At most {@link #SPARK_POINTS} points: each bucket's lowest and highest, in time order. */
    static List<Point> downsample(List<Point> points) {
        return downsample(points, SPARK_POINTS);
    }

    /** At most {@code most} points (at least 2): each bucket's lowest and highest, in time order. */
    static List<Point> downsample(List<Point> points, int most) {
        if (points.size() <= most) {
            return points;
        }
        int buckets = Math.max(1, most / 2);
        List<Point> kept = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            int from = (int) ((long) b * points.size() / buckets);
            int to = (int) ((long) (b + 1) * points.size() / buckets);
            Point lo = points.get(from);
            Point hi = points.get(from);
            for (int k = from; k < to; k++) {
                Point p = points.get(k);
                lo = p.value() < lo.value() ? p : lo;
                hi = p.value() > hi.value() ? p : hi;
            }
            if (lo.at().isBefore(hi.at())) {
                kept.add(lo);
                kept.add(hi);
            } else if (lo == hi) {
                kept.add(lo);
            } else {
                kept.add(hi);
                kept.add(lo);
            }
        }
        return kept;
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /**
     * {@code v} with one decimal, as {@code String.format(Locale.ROOT, "%.1f", v)} prints it (half
     * up, from the shortest decimal that reads back as {@code v}) for the finite values drawn here,
     * without a Formatter parsing its pattern at every point.
     */
    static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
