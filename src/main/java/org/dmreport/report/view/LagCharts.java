package org.dmreport.report.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dmreport.analysis.Gaps;
import org.dmreport.analysis.HumanDuration;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.analysis.Throughput;
import org.dmreport.model.Unit;

/**
 * A task's lag and throughput over the whole span, as charts side by side: {@code secondsBehindMaster} with
 * the {@code --lag-threshold} line, and the gap between the syncer's and the upstream's positions
 * (transactions between the GTID sets, else bytes within one binlog file), which are known to
 * disagree, and the rows per second of each Sync subtask. Each source is a line of its own, drawn with its own dash as well as colour, cut to
 * {@link #POINTS} points a line (each bucket's lowest and highest, as the sparklines are: about a
 * point per four pixels). Fed one series at a time, it keeps only those points.
 */
final class LagCharts {

    /** The points of one source's line, at most. */
    static final int POINTS = 120;

    static final int WIDTH = 470;
    static final int HEIGHT = 170;
    private static final double LEFT = 58;
    private static final double RIGHT = WIDTH - 10;
    private static final double TOP = 10;
    private static final double BOTTOM = HEIGHT - 24;
    private static final List<String> DASHES = List.of("", "6 3", "2 2", "8 3 2 3", "1 3", "10 4");

    private final Instant from;
    private final Instant until;
    private final Duration threshold;
    private final Display display;
    private final List<Line> seconds = new ArrayList<>();
    private final List<Line> transactions = new ArrayList<>();
    private final List<Line> bytes = new ArrayList<>();
    private final List<Line> rows = new ArrayList<>();

    /** One source's values, downsampled, in runs without a gap between captures. */
    private record Line(String source, List<List<Charts.Point>> runs) {
        Stream<Charts.Point> points() {
            return runs.stream().flatMap(List::stream);
        }
    }

    LagCharts(Instant from, Instant until, Duration threshold, Display display) {
        this.from = from;
        this.until = until;
        this.threshold = threshold;
        this.display = display;
    }

    /** Takes the lag of one subtask's series, and its {@code throughput}. */
    void add(SubtaskSeries series, Throughput t) {
        add(
                series,
                seconds,
                p -> p.secondsBehindMaster() == null
                        ? null
                        : p.secondsBehindMaster().doubleValue());
        add(
                series,
                transactions,
                p -> Gaps.transactions(p).map(Long::doubleValue).orElse(null));
        add(series, bytes, p -> Gaps.bytes(p).map(Long::doubleValue).orElse(null));
        if (Unit.Sync.is(t.unit()) && !t.samples().isEmpty()) {
            rows.add(new Line(
                    series.source(),
                    runs(t.samples().stream()
                            .map(x -> new Charts.Point(x.at(), x.perSecond()))
                            .toList())));
        }
    }

    private static void add(SubtaskSeries series, List<Line> lines, Function<SubtaskPoint, Double> value) {
        List<Charts.Point> points = new ArrayList<>();
        for (SubtaskSeries.Step step : series.steps()) {
            if (step.present() && step.point().capture().capturedAt() != null) {
                Double v = value.apply(step.point());
                if (v != null) {
                    points.add(new Charts.Point(step.point().capture().capturedAt(), v));
                }
            }
        }
        if (!points.isEmpty()) {
            lines.add(new Line(series.source(), runs(points)));
        }
    }

    /**
     * {@code points} cut where two captures lie more than twice the usual interval apart (the
     * subtask was not seen between them: its source did not answer, or nothing was captured), so
     * that no line is drawn across a period without data; each run downsampled by its share of
     * the points.
     */
    private static List<List<Charts.Point>> runs(List<Charts.Point> points) {
        Duration gap = Charts.usualGap(points.stream().map(Charts.Point::at).toList());
        long usual = gap == null ? 0 : gap.getSeconds();
        List<List<Charts.Point>> runs = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= points.size(); k++) {
            if (k == points.size()
                    || usual > 0
                            && Duration.between(
                                                    points.get(k - 1).at(),
                                                    points.get(k).at())
                                            .getSeconds()
                                    > 2 * usual) {
                List<Charts.Point> run = points.subList(start, k);
                int budget = (int) Math.max(2, (long) POINTS * run.size() / points.size());
                runs.add(List.copyOf(Charts.downsample(run, budget)));
                start = k;
            }
        }
        return runs;
    }

    /**
     * The charts, or null when no subtask reported any lag, gap or Sync throughput (a task still
     * dumping or loading): lag, then the rows each source replicated per second beside it, so that
     * a lag that grows while throughput holds reads differently from one that grows as it falls.
     */
    ReportModel.LagChart chart() {
        if (from == null || seconds.isEmpty() && transactions.isEmpty() && bytes.isEmpty() && rows.isEmpty()) {
            return null;
        }
        List<ReportModel.LagPanel> panels = new ArrayList<>();
        if (!seconds.isEmpty()) {
            panels.add(panel("secondsBehindMaster", seconds, threshold.getSeconds(), true));
        }
        if (!transactions.isEmpty()) {
            panels.add(panel("transactions behind (GTID sets)", transactions, -1, false));
        } else if (!bytes.isEmpty()) {
            panels.add(panel("bytes behind (binlog positions)", bytes, -1, false));
        }
        if (!rows.isEmpty()) {
            panels.add(panel("rows per second (from counters between captures)", rows, -1, false));
        }
        return new ReportModel.LagChart(panels);
    }

    private ReportModel.LagPanel panel(String title, List<Line> lines, double limit, boolean inSeconds) {
        double max = Math.max(
                limit,
                lines.stream()
                        .flatMap(Line::points)
                        .mapToDouble(Charts.Point::value)
                        .max()
                        .orElse(0));
        double top = max <= 0 ? 1 : max * 1.05;
        Charts.Scale x = new Charts.Scale(from, until, LEFT, RIGHT);
        List<ReportModel.LagLine> drawn = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            List<String> runs = new ArrayList<>();
            for (List<Charts.Point> run : lines.get(k).runs()) {
                StringBuilder points = new StringBuilder();
                for (Charts.Point p : run) {
                    points.append(points.length() == 0 ? "" : " ")
                            .append(Charts.fmt(x.x(p.at())))
                            .append(',')
                            .append(Charts.fmt(y(p.value(), top)));
                }
                runs.add(points.toString());
            }
            drawn.add(new ReportModel.LagLine(lines.get(k).source(), runs, DASHES.get(k % DASHES.size()), k % 6));
        }
        List<ReportModel.Tick> values = new ArrayList<>();
        for (double v : new double[] {0, max / 2, max}) {
            values.add(new ReportModel.Tick(Charts.round(y(v, top)), shown(v, inSeconds)));
        }
        Charts.Point worst = lines.stream()
                .flatMap(Line::points)
                .max(Comparator.comparingDouble(Charts.Point::value))
                .orElse(null);
        String worstSource = worst == null
                ? ""
                : lines.stream()
                        .filter(l -> l.points().anyMatch(worst::equals))
                        .map(Line::source)
                        .findFirst()
                        .orElse("");
        String summary = title + " of " + lines.size() + " source(s) from " + display.time(from) + " until "
                + display.time(until)
                + (worst == null
                        ? ""
                        : ", at most " + shown(worst.value(), inSeconds) + " (" + worstSource + " at "
                                + display.time(worst.at()) + ")")
                + (limit < 0 ? "" : "; threshold " + HumanDuration.of(threshold));
        return new ReportModel.LagPanel(
                title,
                WIDTH,
                HEIGHT,
                LEFT,
                RIGHT,
                TOP,
                BOTTOM,
                x.ticks(display),
                values,
                drawn,
                limit < 0 ? -1 : Charts.round(y(limit, top)),
                limit < 0 ? "" : "threshold " + HumanDuration.of(threshold),
                summary);
    }

    private static double y(double value, double top) {
        return BOTTOM - value / top * (BOTTOM - TOP);
    }

    private static String shown(double value, boolean inSeconds) {
        if (inSeconds) {
            return value == 0 ? "0" : HumanDuration.of(Duration.ofSeconds(Math.round(value)));
        }
        return Display.number(Math.round(value));
    }
}
