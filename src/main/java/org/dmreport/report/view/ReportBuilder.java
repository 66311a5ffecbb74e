package org.dmreport.report.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmreport.analysis.ErrorGroups;
import org.dmreport.analysis.Health;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.StageTimes;
import org.dmreport.analysis.StoredSeries;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.analysis.TaskWindow;
import org.dmreport.analysis.Throughput;
import org.dmreport.findings.Finding;
import org.dmreport.findings.FindingCounts;
import org.dmreport.findings.Folding;
import org.dmreport.findings.Severity;
import org.dmreport.model.Note;
import org.dmreport.model.Unit;
import org.dmreport.rules.RuleDescriptor;

/**
 * Builds the one view model every report format renders. A task's health verdict comes from its
 * latest dmctl status and from the health findings whose episode reaches its latest capture, so
 * the report and {@code check} never disagree.
 */
public final class ReportBuilder {

    /** Findings shown per rule in the HTML and Markdown reports; the CSV and JSON forms hold all. */
    public static final int FINDINGS_PER_RULE = 100;

    private static final int TIMELINE_WIDTH = 960;
    private static final int LABEL_WIDTH = 110;

    private final ReportInput input;
    private final String cluster;
    private final String prefix;
    private final Display display;
    private final Health health;
    private final TaskLines lines;
    private final Instant first;
    private final Instant last;
    /** The findings of an episode, by task: grouped once, not searched once per task. */
    private final Map<String, List<Finding>> episodesByTask = new HashMap<>();

    /** A builder of the report on {@code input}, all of cluster {@code cluster}, its anchors starting with {@code prefix}. */
    ReportBuilder(ReportInput input, String cluster, String prefix) {
        this.input = input;
        this.cluster = cluster;
        this.prefix = prefix;
        this.display = new Display(input.zone());
        this.health = new Health(input.statuses(), input.findings(), display::time);
        this.lines = new TaskLines(display, input.sources());
        Instant min = null;
        Instant max = null;
        for (SnapshotStatus s : input.statuses()) {
            Instant t = s.capture().capturedAt();
            if (t != null) {
                min = min == null || t.isBefore(min) ? t : min;
                max = max == null || t.isAfter(max) ? t : max;
            }
        }
        this.first = min;
        this.last = max;
        for (Finding f : input.findings()) {
            if (f.episode() != null) {
                episodesByTask.computeIfAbsent(f.task(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The report on {@code input}: of its one cluster, or of a fleet when it holds several. */
    public static ReportModel build(ReportInput input) {
        List<String> clusters = Fleets.clusters(input);
        if (clusters.size() > 1) {
            return Fleets.build(input, clusters);
        }
        return new ReportBuilder(input, clusters.isEmpty() ? "" : clusters.get(0), "").model();
    }

    /** The title of a report on captures from the first to the last capture time. */
    String title() {
        return "dmreport: " + (first == null ? "captures" : display.time(first) + " to " + display.time(last));
    }

    ReportModel model() {
        IncidentLines incidents = new IncidentLines(input.incidents(), display, prefix, first);
        TimelineRows timelines = new TimelineRows(
                new Charts.Scale(first, last, LABEL_WIDTH, TIMELINE_WIDTH - 10),
                display,
                input.findings(),
                incidents.anchors(),
                prefix);
        Map<String, List<StoredSeries>> seriesByTask = new TreeMap<>();
        for (StoredSeries s : input.subtasks()) {
            seriesByTask.computeIfAbsent(s.task(), k -> new ArrayList<>()).add(s);
        }
        Set<String> taskNames = new TreeSet<>(seriesByTask.keySet());
        input.statuses().forEach(s -> s.tasks().forEach(t -> taskNames.add(t.taskName())));
        List<ReportModel.TaskSection> sections = new ArrayList<>();
        Set<String> anchors = new LinkedHashSet<>();
        for (String task : taskNames) {
            String anchor = unique(anchors, prefix + Display.anchor("task-", task));
            sections.add(section(task, anchor, seriesByTask.getOrDefault(task, List.of()), timelines, incidents));
        }
        Map<String, Instant> latest = latestByTask();
        List<ReportModel.TaskLine> lines = sections.stream()
                .map(s -> new ReportModel.TaskLine(
                        s.name(),
                        s.anchor(),
                        s.status(),
                        s.verdict(),
                        s.verdictClass(),
                        s.evidence(),
                        display.time(latest.get(s.name())),
                        Display.utc(latest.get(s.name())),
                        inWindow(s.window()),
                        s.window().availability() == null
                                ? ""
                                : String.format(
                                        Locale.ROOT, "%.1f%%", 100 * s.window().availability()),
                        s.window().lagP95Seconds() == null
                                ? ""
                                : Display.duration(Duration.ofSeconds(s.window().lagP95Seconds()))))
                .toList();
        return new ReportModel(
                cluster.isEmpty() ? title() : title() + " in cluster " + cluster,
                input.generatedAt(),
                input.zone().getId(),
                cluster,
                prefix,
                overview(lines),
                incidents.lines(),
                sections,
                findingGroups(),
                input.problems().stream()
                        .map(p ->
                                new ReportModel.ProblemLine(p.input() + ":" + p.line() + ":" + p.column(), p.message()))
                        .toList(),
                null,
                null);
    }

    /** What the window held for a task, beside its verdict now: "2h05m unhealthy · 1 incident". */
    private static String inWindow(TaskWindow w) {
        if (w.unhealthySeconds() == 0 && w.incidents() == 0) {
            return w.observedSeconds() == 0 ? "" : "healthy throughout";
        }
        String unhealthy = w.unhealthySeconds() == 0
                ? "no unhealthy time"
                : Display.duration(Duration.ofSeconds(w.unhealthySeconds())) + " unhealthy";
        return unhealthy + " · " + w.incidents() + (w.incidents() == 1 ? " incident" : " incidents");
    }

    /** {@code anchor}, or with {@code -2}, {@code -3}, ... the first not in {@code used}, which it joins. */
    static String unique(Set<String> used, String anchor) {
        String candidate = anchor;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = anchor + "-" + n;
        }
        return candidate;
    }

    ReportModel.Overview overview(List<ReportModel.TaskLine> tasks) {
        int accommodations = 0;
        int repairs = 0;
        Set<String> versions = new TreeSet<>();
        for (SnapshotStatus s : input.statuses()) {
            for (Note n : s.notes()) {
                if (n.kind().isRepair()) {
                    repairs++;
                } else {
                    accommodations++;
                }
            }
            versions.add(s.version().label());
        }
        FindingCounts counts = FindingCounts.of(input.findings());
        return new ReportModel.Overview(
                input.files(),
                input.documents(),
                accommodations,
                repairs,
                input.problems().size(),
                display.time(first),
                display.time(last),
                Display.utc(first),
                Display.utc(last),
                first == null ? "" : Display.duration(Duration.between(first, last)),
                first == null ? null : Duration.between(first, last).getSeconds(),
                List.copyOf(versions),
                tasks,
                counts.of(Severity.ERROR),
                counts.of(Severity.WARNING),
                counts.of(Severity.INFO),
                (int) counts.baselined());
    }

    /** The time of the latest document that shows each task, in one pass over the statuses. */
    private Map<String, Instant> latestByTask() {
        Map<String, Instant> latest = new HashMap<>();
        for (SnapshotStatus s : input.statuses()) {
            Instant at = s.capture().capturedAt();
            if (at != null) {
                s.tasks().forEach(t -> latest.merge(t.taskName(), at, (a, b) -> a.isAfter(b) ? a : b));
            }
        }
        return latest;
    }

    /**
     * One task's section. Its series are loaded one at a time and reduced to what the section shows
     * (lines, stage times, a timeline row, the points with errors), so one series' points are on the
     * heap at a time.
     */
    private ReportModel.TaskSection section(
            String task, String anchor, List<StoredSeries> stored, TimelineRows timelines, IncidentLines incidents) {
        Health.Judgement verdict = health.of(task);
        List<ReportModel.SubtaskLine> subtasks = new ArrayList<>();
        List<ReportModel.ShardingLine> sharding = new ArrayList<>();
        List<ReportModel.ThroughputLine> throughput = new ArrayList<>();
        List<StageTimes> times = new ArrayList<>();
        List<String> timedSources = new ArrayList<>();
        List<SubtaskSeries> withErrors = new ArrayList<>();
        List<ReportModel.TimelineRow> rows = new ArrayList<>();
        LagCharts lag = new LagCharts(first, last, input.lagThreshold(), display);
        TaskWindow.Builder window = new TaskWindow.Builder();
        for (StoredSeries each : stored) {
            SubtaskSeries s = each.load();
            // Each reduction is made once per series and shared: the series is the costly part.
            Throughput t = Throughput.of(s);
            StageTimes stageTimes = StageTimes.of(s);
            window.add(s, t, stageTimes);
            incidents.add(s);
            // Geometry for the first subtasks only: a task of thousands of sources would draw a
            // timeline metres high and a lag chart no one can read; its tables and the CSV hold all.
            if (rows.size() < ReportModel.DRAWN_SUBTASKS) {
                rows.add(timelines.row(s, rows.size()));
                lag.add(s, t);
            }
            withErrors.add(new SubtaskSeries(
                    s.cluster(),
                    s.task(),
                    s.source(),
                    s.steps().stream()
                            .filter(step -> step.present() && step.point().hasErrors())
                            .toList(),
                    List.of(),
                    List.of()));
            SubtaskPoint latest = lines.latest(s);
            if (latest == null) {
                continue;
            }
            subtasks.add(lines.subtaskLine(s, latest));
            sharding.addAll(lines.shardingLines(s, latest));
            times.add(stageTimes);
            timedSources.add(s.source());
            String per = Unit.Sync.is(t.unit()) ? " rows/s" : " B/s";
            throughput.add(new ReportModel.ThroughputLine(
                    s.source(),
                    t.unit(),
                    lines.rate(t.latest(), per),
                    lines.rate(t.average(), per),
                    t.reported() == null ? "" : Display.number(t.reported()) + per,
                    Charts.sparkline(
                            t.samples().stream()
                                    .map(x -> new Charts.Point(x.at(), x.perSecond()))
                                    .toList(),
                            "throughput"),
                    Unit.Sync.is(t.unit()) ? "rows" : "bytes",
                    t.latest(),
                    t.average(),
                    t.reported()));
        }
        List<ReportModel.ErrorLine> errors = ErrorGroups.of(withErrors).stream()
                .map(e -> new ReportModel.ErrorLine(
                        e.code(),
                        Display.text(e.first().errClass()),
                        Display.text(e.first().scope()),
                        Display.text(e.first().level()),
                        e.message(),
                        Display.text(e.first().rawCause()),
                        Display.text(e.first().workaround()),
                        e.position(),
                        display.time(e.firstSeen()),
                        display.time(e.lastSeen()),
                        e.count(),
                        String.join(", ", e.sources()),
                        Display.utc(e.firstSeen()),
                        Display.utc(e.lastSeen())))
                .toList();
        return new ReportModel.TaskSection(
                task,
                anchor,
                verdict.status(),
                verdict.verdict().label(),
                verdict.verdict().key(),
                verdict.evidence(),
                window.build(episodesByTask.getOrDefault(task, List.of()), incidents.count(task)),
                timelines.timeline(rows, TIMELINE_WIDTH, LABEL_WIDTH, stored.size() - rows.size()),
                lag.chart(),
                subtasks,
                errors,
                sharding,
                lines.relays(stored.stream().map(StoredSeries::source).toList()),
                lines.table(timedSources, times, true),
                lines.table(timedSources, times, false),
                throughput);
    }

    private List<ReportModel.FindingGroup> findingGroups() {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : input.findings()) {
            if (!f.baselined()) {
                byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<ReportModel.FindingGroup> groups = new ArrayList<>();
        List<RuleDescriptor> rules = new ArrayList<>(input.rules());
        rules.sort(Comparator.comparing(RuleDescriptor::severity)
                .thenComparing(RuleDescriptor::category)
                .thenComparing(RuleDescriptor::id));
        for (RuleDescriptor rule : rules) {
            List<Finding> found = byRule.getOrDefault(rule.id(), List.of());
            if (found.isEmpty()) {
                continue;
            }
            List<ReportModel.FindingLine> lines = found.stream()
                    .limit(FINDINGS_PER_RULE)
                    .map(f -> new ReportModel.FindingLine(
                            f.input() + ":" + f.line(),
                            f.severity().label(),
                            f.message() + Folding.note(f),
                            f.task(),
                            f.source(),
                            display.time(f.capturedAt()),
                            Display.utc(f.capturedAt())))
                    .toList();
            groups.add(new ReportModel.FindingGroup(
                    rule.id(),
                    prefix + RuleDescriptor.anchor(rule.id()),
                    found.get(0).severity().label(),
                    rule.category().label(),
                    rule.title(),
                    rule.explanation(),
                    found.size(),
                    lines,
                    Math.max(0, found.size() - FINDINGS_PER_RULE),
                    found.stream().allMatch(f -> !f.incident().isEmpty())));
        }
        return groups;
    }
}
