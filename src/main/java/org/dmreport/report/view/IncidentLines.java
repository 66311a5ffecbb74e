package org.dmreport.report.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.Incident;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.analysis.TaskWindow;
import org.dmreport.findings.Finding;

/**
 * The incidents as the report shows them: cause, impact (each subtask's unhealthy time and worst
 * lag), episodes and a small timeline of their own. The worst lags are gathered from the series as
 * the task sections load them, one at a time.
 */
final class IncidentLines {

    /** Episodes drawn in an incident's chart; the rest are listed and counted. */
    static final int DRAWN_EPISODES = 16;

    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 170;
    private static final int BAR_ROW = 16;

    private final List<Incident> incidents;
    private final Display display;
    private final String prefix;
    private final Map<String, List<Incident>> bySubtask = new HashMap<>();
    /** The worst lag of each subtask during each incident, by incident id then subtask key. */
    private final Map<String, Map<String, Long>> worstLags = new HashMap<>();

    /** The report's first capture: an incident that starts before it began before the window. */
    private final Instant first;

    IncidentLines(List<Incident> incidents, Display display, String prefix, Instant first) {
        this.incidents = incidents;
        this.first = first;
        this.display = display;
        this.prefix = prefix;
        for (Incident i : incidents) {
            for (Finding f : i.episodes()) {
                List<Incident> of = bySubtask.computeIfAbsent(key(f.task(), f.source()), k -> new ArrayList<>());
                if (!of.contains(i)) {
                    of.add(i);
                }
            }
        }
    }

    private static String key(String task, String source) {
        return task + "\0" + source;
    }

    /** The anchor of an incident's entry. */
    String anchor(Incident i) {
        return prefix + "incident-" + i.id();
    }

    /** Where each episode's finding is told: its incident's entry. */
    Map<Finding, String> anchors() {
        Map<Finding, String> anchors = new HashMap<>();
        for (Incident i : incidents) {
            i.episodes().forEach(f -> anchors.put(f, anchor(i)));
        }
        return anchors;
    }

    /** The incidents that concern {@code task}. */
    int count(String task) {
        return (int) incidents.stream().filter(i -> i.tasks().contains(task)).count();
    }

    /** Notes the worst {@code secondsBehindMaster} of one subtask during each incident that touches it. */
    void add(SubtaskSeries series) {
        List<Incident> touching = bySubtask.get(key(series.task(), series.source()));
        if (touching == null) {
            return;
        }
        for (Incident i : touching) {
            for (SubtaskSeries.Step step : series.steps()) {
                Instant at = step.present() ? step.point().capture().capturedAt() : null;
                Long behind = step.present() ? step.point().secondsBehindMaster() : null;
                if (at != null && behind != null && !at.isBefore(i.start()) && !at.isAfter(i.until())) {
                    worstLags
                            .computeIfAbsent(i.id(), k -> new HashMap<>())
                            .merge(key(series.task(), series.source()), behind, Math::max);
                }
            }
        }
    }

    List<ReportModel.IncidentLine> lines() {
        return incidents.stream().map(this::line).toList();
    }

    private ReportModel.IncidentLine line(Incident i) {
        Map<String, List<Finding>> bySubtaskOfIt = new LinkedHashMap<>();
        for (Finding f : i.episodes()) {
            bySubtaskOfIt
                    .computeIfAbsent(key(f.task(), f.source()), k -> new ArrayList<>())
                    .add(f);
        }
        Map<String, Long> lags = worstLags.getOrDefault(i.id(), Map.of());
        List<ReportModel.AffectedSubtask> subtasks = new ArrayList<>();
        bySubtaskOfIt.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Finding first = e.getValue().get(0);
            long unhealthy = TaskWindow.coveredSeconds(e.getValue());
            Long lag = lags.get(e.getKey());
            subtasks.add(new ReportModel.AffectedSubtask(
                    first.task(),
                    first.source(),
                    unhealthy,
                    lag,
                    Display.duration(Duration.ofSeconds(unhealthy)),
                    lag == null ? "" : Display.duration(Duration.ofSeconds(lag))));
        });
        Long worst = lags.values().stream().max(Long::compare).orElse(null);
        Finding cause = i.cause();
        List<ReportModel.IncidentEpisode> episodes = i.episodes().stream()
                .map(f -> new ReportModel.IncidentEpisode(
                        f.ruleId(),
                        f.episode().kind().key(),
                        f.task(),
                        f.source(),
                        Display.utc(f.episode().from()),
                        i.ongoing()
                                        && f.episode().until().equals(i.until())
                                        && !f.episode().instant()
                                ? null
                                : Display.utc(f.episode().until()),
                        f.episode().kind().label(),
                        display.time(f.episode().from()),
                        f.episode().instant()
                                ? ""
                                : Display.duration(Duration.between(
                                        f.episode().from(), f.episode().until())),
                        f.severity().label(),
                        f.message()))
                .toList();
        return new ReportModel.IncidentLine(
                i.id(),
                i.cluster(),
                Display.utc(i.start()),
                i.ongoing() ? null : Display.utc(i.until()),
                i.duration().getSeconds(),
                i.ongoing(),
                i.ending().key(),
                new ReportModel.IncidentCause(
                        cause.ruleId(),
                        cause.episode().kind().key(),
                        cause.task(),
                        cause.source(),
                        cause.message(),
                        cause.episode().kind().label() + " on " + where(cause)),
                new ReportModel.Affected(i.tasks(), i.sources(), subtasks),
                worst,
                episodes,
                anchor(i),
                display.time(i.start()),
                first != null && i.start().isBefore(first),
                i.ongoing() ? "" : display.time(i.until()),
                Display.duration(i.duration()),
                i.ending().label(),
                worst == null ? "" : Display.duration(Duration.ofSeconds(worst)),
                chart(i));
    }

    /** "orders/mysql-02", the source alone for an episode of a source, "the cluster" for one of the master. */
    static String where(Finding f) {
        if (f.source().isEmpty()) {
            return f.task().isEmpty() ? "the cluster" : f.task();
        }
        return f.task().isEmpty() ? f.source() : f.task() + "/" + f.source();
    }

    /** The incident's episodes as bars on its own time axis, a row per episode in time order. */
    private ReportModel.IncidentChart chart(Incident i) {
        // A bar reaches to the next capture at least, so that an episode of one capture shows.
        Instant until = i.until().equals(i.start()) ? i.start().plusSeconds(60) : i.until();
        Charts.Scale scale = new Charts.Scale(i.start(), until, LABEL_WIDTH, WIDTH - 30);
        List<ReportModel.IncidentBar> bars = new ArrayList<>();
        for (Finding f : i.episodes()) {
            if (bars.size() == DRAWN_EPISODES) {
                break;
            }
            double x = scale.x(f.episode().from());
            double width = Math.max(4, Charts.round(scale.x(f.episode().until()) - x));
            bars.add(new ReportModel.IncidentBar(
                    where(f),
                    24 + bars.size() * BAR_ROW,
                    x,
                    Math.min(width, WIDTH - 30 - x + 4),
                    f.episode().kind().key(),
                    f.episode().kind().label() + " on " + where(f) + " from "
                            + display.time(f.episode().from()) + " for "
                            + Display.duration(Duration.between(
                                    f.episode().from(), f.episode().until()))));
        }
        return new ReportModel.IncidentChart(
                WIDTH,
                24 + bars.size() * BAR_ROW + 4,
                LABEL_WIDTH,
                bars,
                scale.ticks(display),
                i.episodes().size() - bars.size());
    }
}
