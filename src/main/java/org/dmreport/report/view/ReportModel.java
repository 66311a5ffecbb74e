package org.dmreport.report.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dmreport.analysis.TaskWindow;

/**
 * Everything a report says. Text fields are ready to show (times in the chosen zone, numbers
 * grouped); fields ending in {@code Utc} hold ISO-8601 UTC times for tools. Chart geometry is
 * left out of the JSON form. A report of one cluster (or of inputs that name none) says it all at
 * the top level; a report of several has a {@link Fleet}, whose clusters are reports of their own,
 * and its top level only sums them up.
 *
 * @param generatedAt "" unless the user asked for a timestamp
 * @param cluster     the cluster reported on, "" for a fleet or for inputs that name none
 * @param prefix      what every anchor of this report starts with, so that clusters' anchors differ
 * @param incidents   every incident of the window, the oldest first: a cause comes before what it
 *                    leads to, and a post-mortem reads as the story happened
 * @param fleet       the clusters side by side, null unless there are several
 * @param comparison  what changed since the other window or capture set of {@code --compare}, else null
 */
public record ReportModel(
        String title,
        String generatedAt,
        String zone,
        String cluster,
        @JsonIgnore String prefix,
        Overview overview,
        List<IncidentLine> incidents,
        List<TaskSection> tasks,
        List<FindingGroup> findingGroups,
        List<ProblemLine> problems,
        @JsonInclude(JsonInclude.Include.NON_NULL) Fleet fleet,
        @JsonInclude(JsonInclude.Include.NON_NULL) Comparison comparison) {

    /** This report, compared with another window or capture set ({@code --compare}). */
    public ReportModel comparedWith(Comparison with) {
        return new ReportModel(
                title,
                generatedAt,
                zone,
                cluster,
                prefix,
                overview,
                incidents,
                tasks,
                findingGroups,
                problems,
                fleet,
                with);
    }

    /**
     * How much of each list a report format prints, so that its size follows what a reader can take
     * in, never the number of tasks, subtasks or clusters: the rest is counted ("… and N more") and
     * lies in the CSV tables and the JSON report, which hold everything. With these the HTML report
     * stays under about 20 MB and the Markdown digest under 1 MiB whatever the input.
     *
     * @param tasks      rows of the overview's task table
     * @param sections   tasks given a section of their own (timeline, charts, tables)
     * @param rows       rows of each table in a task's section (subtasks, errors, DDL locks, relays,
     *                   stage and unit times, throughput), and unreadable inputs
     * @param incidents  incidents listed
     * @param episodes   episodes listed (and drawn) per incident
     * @param findings   findings listed per rule
     * @param clusters   clusters of a fleet given a report of their own
     * @param fleetRows  rows (clusters) of the fleet table
     * @param fleetTasks columns (tasks) of the fleet table
     * @param rules      rules whose findings are listed (the mail digest lists the first only)
     */
    public record Caps(
            int tasks,
            int sections,
            int rows,
            int incidents,
            int episodes,
            int findings,
            int clusters,
            int fleetRows,
            int fleetTasks,
            int rules) {

        /**
         * What a format lists of {@code items} under one of these caps: the first {@code cap}. The
         * templates list this and print {@link #more} after it; they do no arithmetic of their own.
         */
        public <T> List<T> first(List<T> items, int cap) {
            return items.size() <= cap ? items : items.subList(0, cap);
        }

        /** How many of {@code items} a list cut at {@code cap} leaves out: the N of "… and N more". */
        public int more(List<?> items, int cap) {
            return moreOf(items.size(), cap);
        }

        /** How many of {@code count} things a list cut at {@code cap} leaves out. */
        public int moreOf(int count, int cap) {
            return Math.max(0, count - cap);
        }
    }

    /** What the HTML report prints of each list. */
    public static final Caps HTML =
            new Caps(1000, 100, 200, 200, 40, ReportBuilder.FINDINGS_PER_RULE, 20, 200, 40, 1000);

    /** What the Markdown digest prints of each list: it goes to chats and pull requests. */
    public static final Caps MARKDOWN = new Caps(100, 10, 20, 20, 8, 10, 10, 50, 10, 1000);

    /**
     * What the mail digest prints: small enough that email.html stays under 100 KB (Gmail clips a
     * message at 102 KB) whatever the input, with every text cut to at most 200 characters.
     */
    public static final Caps EMAIL = new Caps(25, 0, 10, 8, 4, 5, 5, 20, 8, 10);

    /** Subtasks drawn in a task's timeline and lag charts (geometry is made for these only). */
    public static final int DRAWN_SUBTASKS = 48;

    /** The caps of {@code format} ({@code html}, {@code md} or {@code email}), for the templates. */
    public Caps caps(String format) {
        return switch (format) {
            case "html" -> HTML;
            case "md" -> MARKDOWN;
            case "email" -> EMAIL;
            default -> throw new IllegalArgumentException("no caps for format " + format);
        };
    }

    /**
     * The overview's tasks a format prints: every one, in name order, when at most {@code cap}; else
     * the {@code cap} that need a look first (every verdict but healthy and finished), then the rest.
     */
    public List<TaskLine> tasksShown(int cap) {
        return worstFirst(overview.tasks(), cap, TaskLine::verdictClass);
    }

    /** The tasks given a section, chosen as {@link #tasksShown} chooses. */
    public List<TaskSection> sectionsShown(int cap) {
        return worstFirst(tasks, cap, TaskSection::verdictClass);
    }

    private static <T> List<T> worstFirst(List<T> items, int cap, Function<T, String> verdict) {
        if (items.size() <= cap) {
            return items;
        }
        List<T> shown = new ArrayList<>(cap);
        for (boolean fine : new boolean[] {false, true}) {
            for (T item : items) {
                if (shown.size() == cap) {
                    return shown;
                }
                String v = verdict.apply(item);
                if ((v.equals("healthy") || v.equals("finished")) == fine) {
                    shown.add(item);
                }
            }
        }
        return shown;
    }

    /**
     * Several clusters: the verdict of every task of every cluster (a row per cluster, the worst
     * first), then each cluster's own report.
     */
    public record Fleet(List<String> tasks, List<FleetRow> rows, List<ReportModel> clusters) {}

    /** One cluster's verdicts, a cell per task of the fleet in {@link Fleet#tasks()} order. */
    public record FleetRow(String cluster, String anchor, String worst, String worstClass, List<FleetCell> cells) {}

    /** A task's verdict in one cluster; empty verdict and anchor when the cluster has no such task. */
    public record FleetCell(String task, String verdict, String verdictClass, String anchor) {}

    /**
     * One incident: what broke, why, what it affected, how long and how it ended. Components marked
     * {@code @JsonIgnore} are for reading; the others are the typed data of {@code report.json}.
     *
     * @param start            its first capture, ISO-8601 UTC
     * @param end              its last capture, ISO-8601 UTC; null while ongoing
     * @param durationSeconds  from start to end, or to the latest capture while ongoing
     * @param ending           how it ended ({@code still-open}, {@code stopped}, {@code resumed}, ...)
     * @param worstLagSeconds  the largest {@code secondsBehindMaster} of its subtasks during it, or null
     * @param beganBefore      whether it began before the report's first capture (found by looking back)
     */
    public record IncidentLine(
            String id,
            String cluster,
            String start,
            String end,
            long durationSeconds,
            boolean ongoing,
            String ending,
            IncidentCause cause,
            Affected affected,
            Long worstLagSeconds,
            List<IncidentEpisode> episodes,
            @JsonIgnore String anchor,
            @JsonIgnore String shownStart,
            @JsonIgnore boolean beganBefore,
            @JsonIgnore String shownEnd,
            @JsonIgnore String duration,
            @JsonIgnore String endingLabel,
            @JsonIgnore String worstLag,
            @JsonIgnore IncidentChart chart) {}

    /** The root episode of an incident; {@code kind} is the episode's key ({@code relay-paused}). */
    public record IncidentCause(
            String rule,
            String kind,
            String task,
            String source,
            String message,
            @JsonIgnore String label) {}

    /** What an incident touched: its tasks, sources, and each subtask's unhealthy time and worst lag. */
    public record Affected(List<String> tasks, List<String> sources, List<AffectedSubtask> subtasks) {}

    /** One subtask (or a source, task "") an incident touched. */
    public record AffectedSubtask(
            String task,
            String source,
            long unhealthySeconds,
            Long worstLagSeconds,
            @JsonIgnore String unhealthy,
            @JsonIgnore String worstLag) {}

    /** One episode of an incident; {@code end} is null while it lasts to the latest capture. */
    public record IncidentEpisode(
            String rule,
            String kind,
            String task,
            String source,
            String start,
            String end,
            @JsonIgnore String label,
            @JsonIgnore String shownStart,
            @JsonIgnore String duration,
            @JsonIgnore String severity,
            @JsonIgnore String message) {}

    /**
     * An incident's episodes on its own time axis, a bar per episode (viewBox units); {@code notDrawn}
     * episodes beyond the cap are counted, not drawn.
     */
    public record IncidentChart(
            int width, int height, int labelWidth, List<IncidentBar> bars, List<Tick> ticks, int notDrawn) {}

    /** One episode's bar: its row's label (task and source) at {@code y}, its span, its kind as CSS class. */
    public record IncidentBar(String label, int y, double x, double width, String kind, String title) {}

    /**
     * What changed against the other window ({@code --compare previous}: the window of the same
     * length just before) or capture set ({@code --compare DIR}). Incidents are the same by id
     * against the previous window (an incident going on across both keeps its id), by cluster and
     * cause (rule, task, source) against another capture set; findings by fingerprint.
     *
     * @param against  {@code previous} or {@code captures}
     * @param since    the other set's first capture, ISO-8601 UTC, null when it has none
     * @param until    its last capture
     */
    public record Comparison(
            String against,
            String since,
            String until,
            List<IncidentChange> incidents,
            List<TaskChange> tasks,
            List<FindingChange> newFindings,
            List<FindingChange> resolvedFindings,
            @JsonIgnore String label,
            @JsonIgnore int newIncidents,
            @JsonIgnore int resolvedIncidents,
            @JsonIgnore int stillOpen) {}

    /**
     * An incident that is new, resolved or still open since the other set; {@code change} is
     * {@code new}, {@code resolved} (going on in the other set, ended now; or, against another
     * capture set, not seen again) or {@code still-open}.
     */
    public record IncidentChange(
            String id,
            String change,
            String cluster,
            String rule,
            String task,
            String source,
            String start,
            String end,
            @JsonIgnore String label,
            @JsonIgnore String when) {}

    /** A task's window figures in the other set ({@code …Before}) and now; null where one has none. */
    public record TaskChange(
            String cluster,
            String task,
            Double availabilityBefore,
            Double availability,
            Long lagP95SecondsBefore,
            Long lagP95Seconds,
            Double rowsPerSecondP50Before,
            Double rowsPerSecondP50,
            @JsonIgnore String availabilityShown,
            @JsonIgnore String lagShown,
            @JsonIgnore String rowsShown) {}

    /** A finding new or resolved since the other set, by fingerprint. */
    public record FindingChange(
            String fingerprint,
            String rule,
            String severity,
            String cluster,
            String task,
            String source,
            String message) {}

    /** The top of the report; {@code spanSeconds} is null without a capture of known time. */
    public record Overview(
            int files,
            int documents,
            int accommodations,
            int repairs,
            int unreadable,
            @JsonIgnore String from,
            @JsonIgnore String until,
            String fromUtc,
            String untilUtc,
            @JsonIgnore String span,
            Long spanSeconds,
            List<String> dmVersions,
            List<TaskLine> tasks,
            int errors,
            int warnings,
            int infos,
            int baselined) {}

    /**
     * One task in the overview: its verdict now, and what the window held ({@code inWindow}, e.g.
     * "2h05m unhealthy · 1 incident"); the typed figures are in its section's {@code window}.
     */
    public record TaskLine(
            String name,
            String anchor,
            String status,
            String verdict,
            String verdictClass,
            String evidence,
            @JsonIgnore String latest,
            String latestUtc,
            @JsonIgnore String inWindow,
            @JsonIgnore String availability,
            @JsonIgnore String lagP95) {}

    /** Everything about one task. */
    public record TaskSection(
            String name,
            String anchor,
            String status,
            String verdict,
            String verdictClass,
            String evidence,
            TaskWindow window,
            @JsonIgnore Timeline timeline,
            @JsonIgnore LagChart lag,
            List<SubtaskLine> subtasks,
            List<ErrorLine> errors,
            List<ShardingLine> sharding,
            List<RelayLine> relays,
            Table stageTimes,
            Table unitTimes,
            List<ThroughputLine> throughput) {}

    /**
     * The stage strip of every subtask of a task across capture time (SVG geometry, viewBox units):
     * {@code legend} names the stages and periods drawn, {@code episodes} the kinds of bands.
     */
    public record Timeline(
            int width,
            int height,
            int labelWidth,
            List<TimelineRow> rows,
            List<Tick> ticks,
            List<LegendItem> legend,
            List<LegendItem> episodes,
            int notDrawn) {}

    public record TimelineRow(String source, int y, List<Segment> segments, List<Mark> marks, List<Band> bands) {}

    /**
     * A stretch of one stage, of {@code gone} or of {@code unobserved}; {@code stage} doubles as the
     * CSS class, {@code label} is written on it where it is wide enough.
     */
    public record Segment(double x, double width, String stage, String label, String title) {}

    /** A health episode or restart under its subtask's stages; {@code kind} doubles as its CSS class. */
    public record Band(double x, double width, int y, int height, String kind, String title, String anchor) {}

    /** An event on a row: {@code error}, {@code unit} (unit change) or {@code gone} (disappeared). */
    public record Mark(double x, String kind, String title) {}

    /** A mark on an axis: where ({@code x}, or y on a value axis) and what it reads. */
    public record Tick(double x, String label) {}

    /** A task's lag across the span, a panel per measure; null when no subtask reported any. */
    public record LagChart(List<LagPanel> panels) {}

    /**
     * One measure of lag over time, a line per source, in a {@code width} x {@code height} box
     * whose plot spans {@code left..right} and {@code top..bottom}; {@code thresholdY} is -1 when
     * it has no threshold line, and {@code summary} says in words what it shows.
     */
    public record LagPanel(
            String title,
            int width,
            int height,
            double left,
            double right,
            double top,
            double bottom,
            List<Tick> times,
            List<Tick> values,
            List<LagLine> lines,
            double thresholdY,
            String thresholdLabel,
            String summary) {}

    /**
     * One source's line: SVG polyline points, a polyline per run of captures without a gap (no line
     * crosses a period without data), its dash pattern and its colour's number (0 to 5).
     */
    public record LagLine(String source, List<String> runs, String dash, int colour) {}

    public record LegendItem(String stage, String label) {}

    /**
     * The latest state of one subtask: display texts for the pages, and typed values for tools
     * ({@code progressText} is DM's own; the others null where DM printed nothing to count from).
     */
    public record SubtaskLine(
            String source,
            String worker,
            String stage,
            String unit,
            @JsonIgnore String progress,
            @JsonIgnore String rows,
            String syncerBinlog,
            String masterBinlog,
            @JsonIgnore String fileGap,
            @JsonIgnore String transactionGap,
            @JsonIgnore String secondsBehindMaster,
            @JsonIgnore String capturedAt,
            @JsonIgnore Sparkline lag,
            String progressText,
            Double progressPercent,
            Long rowCount,
            Long filesBehind,
            Long bytesBehind,
            Long transactionsBehind,
            Long secondsBehind,
            String capturedAtUtc) {}

    /** A small line chart: SVG polyline points in a {@code width} x {@code height} box. */
    public record Sparkline(String points, int width, int height, String max, String label) {}

    public record ErrorLine(
            String code,
            String errClass,
            String scope,
            String level,
            String message,
            String rawCause,
            String workaround,
            String position,
            @JsonIgnore String firstSeen,
            @JsonIgnore String lastSeen,
            int count,
            String sources,
            String firstSeenUtc,
            String lastSeenUtc) {}

    /** One episode of a sharding DDL lock or optimistic conflict, with the state at its last capture. */
    public record ShardingLine(
            String source,
            String lock,
            String target,
            String ddls,
            String synced,
            String unsynced,
            String owner,
            String conflict,
            @JsonIgnore String since,
            @JsonIgnore String until,
            @JsonIgnore String blockedFor,
            boolean open,
            String sinceUtc,
            String untilUtc,
            long blockedSeconds) {}

    /** One source's relay at its latest capture, and how long it was Paused or Stopped in the span. */
    public record RelayLine(
            String source,
            String worker,
            String stage,
            String error,
            @JsonIgnore String pausedFor,
            long pausedSeconds) {}

    /** A table of durations: one row per source, one column per stage or unit. */
    public record Table(List<String> columns, List<Row> rows) {
        /** {@code seconds} in column order, null where the source spent no time. */
        public record Row(String source, @JsonIgnore List<String> cells, List<Long> seconds) {}
    }

    /**
     * One subtask's throughput: per second of {@code measure} ({@code rows} for Sync, {@code bytes}
     * for Load and Dump), the latest and the mean from counter deltas, and the rate DM printed.
     */
    public record ThroughputLine(
            String source,
            String unit,
            @JsonIgnore String latest,
            @JsonIgnore String average,
            @JsonIgnore String reported,
            @JsonIgnore Sparkline chart,
            String measure,
            Double latestPerSecond,
            Double averagePerSecond,
            Long reportedPerSecond) {}

    /**
     * The findings of one rule, with its documentation; {@code inIncidents} when each is an episode
     * the incidents already tell (a digest lists those once, under their incident).
     */
    public record FindingGroup(
            String rule,
            String anchor,
            String severity,
            String category,
            String title,
            String explanation,
            int count,
            List<FindingLine> findings,
            int more,
            @JsonIgnore boolean inIncidents) {}

    public record FindingLine(
            String place,
            String severity,
            String message,
            String task,
            String source,
            @JsonIgnore String capturedAt,
            String capturedAtUtc) {}

    public record ProblemLine(String place, String message) {}
}
