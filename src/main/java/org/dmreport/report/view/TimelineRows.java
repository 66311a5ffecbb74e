package org.dmreport.report.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.HumanDuration;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Finding;
import org.dmreport.model.Capture;
import org.dmreport.rules.RuleDescriptor;

/**
 * The rows of a task's timeline: each subtask's stages across capture time, what nobody observed,
 * and its health episodes. A stage is drawn from the capture that showed it until the next
 * capture of the row, never across a period without data: a capture at which its source did not
 * answer, a gap between captures longer than twice the row's usual interval, the time before the
 * row's first capture and after its last. Those periods are drawn as unobserved. Health episodes
 * (the health findings that span captures) are bands under their subtask's stages, each linking
 * to its incident.
 */
final class TimelineRows {

    /** A row's height, and where the three lanes of episode bands start below its 16-unit stage bar. */
    private static final int ROW_HEIGHT = 42;

    private static final int[] LANES = {19, 26, 33};
    private static final int LANE_HEIGHT = 6;

    /** The state drawn for a period nobody observed. */
    private static final String UNOBSERVED = "unobserved";

    private static final List<String> STAGES = List.of(
            "New", "Running", "Paused", "Stopped", "Finished", "Pausing", "Resuming", "Stopping", "InvalidStage");

    private final Charts.Scale scale;
    private final Display display;
    /** Where each episode's incident is told, by the episode's finding. */
    private final Map<Finding, String> incidentAnchors;

    /** The findings that report an episode, by source, in finding order. */
    private final Map<String, List<Finding>> episodesBySource = new HashMap<>();

    private final String prefix;

    /**
     * Rows drawn on {@code scale}; bands come from the health findings of {@code findings}, linked
     * to their incident in {@code incidentAnchors}, else to their rule's findings ({@code prefix} + rule).
     */
    TimelineRows(
            Charts.Scale scale,
            Display display,
            List<Finding> findings,
            Map<Finding, String> incidentAnchors,
            String prefix) {
        this.scale = scale;
        this.display = display;
        for (Finding f : findings) {
            if (f.episode() != null) {
                episodesBySource
                        .computeIfAbsent(f.source(), k -> new ArrayList<>())
                        .add(f);
            }
        }
        this.incidentAnchors = incidentAnchors;
        this.prefix = prefix;
    }

    /** One period of a row in one state, with why it is drawn so. */
    private record Period(String state, Instant from, Instant until, String why) {}

    /** One subtask's row, the {@code index}-th of its timeline. */
    ReportModel.TimelineRow row(SubtaskSeries series, int index) {
        int y = 24 + index * ROW_HEIGHT;
        List<Observation> observed = observations(series);
        Duration interval =
                Charts.usualGap(observed.stream().map(Observation::at).toList());
        List<ReportModel.Segment> segments = new ArrayList<>();
        for (Period p : periods(observed, interval)) {
            double x = scale.x(p.from());
            double width = Math.max(2, Charts.round(scale.x(p.until()) - x));
            String title = (p.state().equals(UNOBSERVED) ? "not observed" : p.state()) + " from "
                    + display.time(p.from()) + " until " + display.time(p.until())
                    + (p.why().isEmpty() ? "" : ": " + p.why());
            segments.add(new ReportModel.Segment(
                    x, width, p.state(), p.state().equals(UNOBSERVED) ? "no data" : p.state(), title));
        }
        return new ReportModel.TimelineRow(series.source(), y, segments, marks(series), bands(series, interval, y));
    }

    /** A capture of the row: the subtask's point, its absence, or its source not answering. */
    private record Observation(Instant at, String state, String why) {}

    private static List<Observation> observations(SubtaskSeries series) {
        List<Observation> observed = new ArrayList<>();
        List<Capture> silent = series.unanswered();
        int next = 0;
        for (SubtaskSeries.Step step : series.steps()) {
            Instant at = step.present()
                    ? step.point().capture().capturedAt()
                    : step.absentIn().capturedAt();
            if (at == null) {
                continue;
            }
            while (next < silent.size() && silent.get(next).capturedAt().isBefore(at)) {
                observed.add(unanswered(series, silent.get(next++)));
            }
            observed.add(new Observation(at, step.present() ? step.point().stage() : "gone", ""));
        }
        while (next < silent.size()) {
            observed.add(unanswered(series, silent.get(next++)));
        }
        return observed;
    }

    private static Observation unanswered(SubtaskSeries series, Capture at) {
        return new Observation(at.capturedAt(), UNOBSERVED, "source " + series.source() + " did not answer");
    }

    /**
     * Each observation's period, up to the next one, and what lies before, between and after
     * unobserved; consecutive periods of one state and reason joined as they come, so that a row's
     * size follows its changes, not its captures.
     */
    private List<Period> periods(List<Observation> observed, Duration interval) {
        List<Period> periods = new ArrayList<>();
        if (observed.isEmpty()) {
            return periods;
        }
        Instant first = observed.get(0).at();
        if (scale.from() != null && first.isAfter(scale.from())) {
            add(periods, new Period(UNOBSERVED, scale.from(), first, "before the first capture that shows it"));
        }
        Duration twice = interval == null ? null : interval.multipliedBy(2);
        for (int k = 0; k < observed.size(); k++) {
            Observation o = observed.get(k);
            Instant next = k + 1 < observed.size() ? observed.get(k + 1).at() : null;
            Instant end = next;
            if (next == null) {
                end = interval == null ? o.at() : min(o.at().plus(interval), scale.until());
            } else if (twice != null
                    && !o.state().equals(UNOBSERVED)
                    && Duration.between(o.at(), next).compareTo(twice) > 0) {
                end = o.at().plus(interval);
            }
            add(periods, new Period(o.state(), o.at(), end, o.why()));
            if (next != null && end.isBefore(next)) {
                add(
                        periods,
                        new Period(
                                UNOBSERVED,
                                end,
                                next,
                                "no capture for " + HumanDuration.of(Duration.between(o.at(), next))
                                        + " (usually every " + HumanDuration.of(interval) + ")"));
            }
        }
        Instant last = periods.get(periods.size() - 1).until();
        if (scale.until() != null && last.isBefore(scale.until())) {
            add(periods, new Period(UNOBSERVED, last, scale.until(), "after the last capture that shows it"));
        }
        return periods;
    }

    /** Adds {@code p}, or joins it to the last period when that one has its state and reason and reaches it. */
    private static void add(List<Period> periods, Period p) {
        Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (last != null
                && last.state().equals(p.state())
                && last.why().equals(p.why())
                && !last.until().isBefore(p.from())) {
            periods.set(periods.size() - 1, new Period(p.state(), last.from(), p.until(), p.why()));
        } else {
            periods.add(p);
        }
    }

    private static Instant min(Instant a, Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    /**
     * Marks for errors, unit changes and disappearances: one ✕ where a subtask disappears, then the
     * "gone" hatch says the rest, never a mark per capture it stays away.
     */
    private List<ReportModel.Mark> marks(SubtaskSeries series) {
        List<ReportModel.Mark> marks = new ArrayList<>();
        SubtaskPoint previous = null;
        boolean away = false;
        for (SubtaskSeries.Step step : series.steps()) {
            Instant at = step.present()
                    ? step.point().capture().capturedAt()
                    : step.absentIn().capturedAt();
            if (!step.present()) {
                if (!away) {
                    marks.add(new ReportModel.Mark(scale.x(at), "gone", "gone at " + display.time(at)));
                }
                away = true;
                previous = null;
                continue;
            }
            away = false;
            SubtaskPoint p = step.point();
            if (previous != null && !previous.unit().equals(p.unit())) {
                marks.add(new ReportModel.Mark(
                        scale.x(at), "unit", previous.unit() + " to " + p.unit() + " at " + display.time(at)));
            }
            if (p.hasErrors() && (previous == null || !previous.hasErrors())) {
                marks.add(new ReportModel.Mark(
                        scale.x(at),
                        "error",
                        "error "
                                + (p.errors().get(0).code() == null
                                        ? ""
                                        : p.errors().get(0).code() + " ") + "at "
                                + display.time(at) + ": "
                                + shorten(p.errors().get(0).message())));
            }
            previous = p;
        }
        return marks;
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replace('\n', ' ');
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    /**
     * The health episodes and restarts of the row's subtask, and of its source (a relay paused, a
     * source not answering): each from its first capture until the next capture after its last, in
     * the first lane it does not overlap (the last when all are taken).
     */
    private List<ReportModel.Band> bands(SubtaskSeries series, Duration interval, int y) {
        List<ReportModel.Band> bands = new ArrayList<>();
        double[] laneEnds = new double[LANES.length];
        for (Finding f : episodesBySource.getOrDefault(series.source(), List.of())) {
            if (!(f.task().equals(series.task()) || f.task().isEmpty())) {
                continue;
            }
            Episode episode = f.episode();
            // One that began before the window is drawn from its left edge.
            Instant from =
                    scale.from() != null && episode.from().isBefore(scale.from()) ? scale.from() : episode.from();
            Instant until = episode.until();
            Instant end = interval == null ? until : min(until.plus(interval), scale.until());
            double x = scale.x(from);
            double width = Math.max(3, Charts.round(scale.x(end) - x));
            int lane = 0;
            while (lane < LANES.length - 1 && laneEnds[lane] > x) {
                lane++;
            }
            laneEnds[lane] = Math.max(laneEnds[lane], x + width);
            String anchor = incidentAnchors.getOrDefault(f, prefix + RuleDescriptor.anchor(f.ruleId()));
            bands.add(new ReportModel.Band(
                    x,
                    width,
                    y + LANES[lane],
                    LANE_HEIGHT,
                    episode.kind().key(),
                    episode.kind().label() + " from " + display.time(from) + " for "
                            + HumanDuration.of(Duration.between(from, until)) + ": " + shorten(f.message()),
                    anchor));
        }
        return bands;
    }

    /**
     * The timeline of {@code rows}: its size, ticks, and a legend of the stages, periods and episodes
     * drawn; {@code notDrawn} subtasks of the task have no row (see {@link ReportModel#DRAWN_SUBTASKS}).
     */
    ReportModel.Timeline timeline(List<ReportModel.TimelineRow> rows, int width, int labelWidth, int notDrawn) {
        int height = 24 + rows.size() * ROW_HEIGHT + 2;
        List<ReportModel.LegendItem> legend = new ArrayList<>();
        for (String stage : STAGES) {
            if (rows.stream()
                    .anyMatch(r -> r.segments().stream().anyMatch(g -> g.stage().equals(stage)))) {
                legend.add(new ReportModel.LegendItem(stage, stage));
            }
        }
        if (rows.stream()
                .anyMatch(r -> r.segments().stream().anyMatch(g -> g.stage().equals("gone")))) {
            legend.add(new ReportModel.LegendItem("gone", "gone (stopped)"));
        }
        if (rows.stream()
                .anyMatch(r -> r.segments().stream().anyMatch(g -> g.stage().equals(UNOBSERVED)))) {
            legend.add(new ReportModel.LegendItem(UNOBSERVED, "no data"));
        }
        List<ReportModel.LegendItem> episodes = new ArrayList<>();
        for (Episode.Kind kind : Episode.Kind.values()) {
            if (rows.stream()
                    .anyMatch(r -> r.bands().stream().anyMatch(b -> b.kind().equals(kind.key())))) {
                episodes.add(new ReportModel.LegendItem(kind.key(), kind.label()));
            }
        }
        return new ReportModel.Timeline(
                width, height, labelWidth, rows, scale.ticks(display), legend, episodes, notDrawn);
    }
}
