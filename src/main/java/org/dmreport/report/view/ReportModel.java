package org.dmreport.report.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * Everything a report says. Text fields are ready to show (times in the chosen zone, numbers
 * grouped); fields ending in {@code Utc} hold ISO-8601 UTC times for tools. Chart geometry is
 * left out of the JSON form.
 *
 * @param generatedAt "" unless the user asked for a timestamp
 */
public record ReportModel(String title, String generatedAt, String zone, Overview overview, List<StoryLine> story,
                          int storyMore, List<TaskSection> tasks, List<FindingGroup> findingGroups,
                          List<ProblemLine> problems) {

    /** One event of the day, in time order: a health episode or a restart, where and what. */
    public record StoryLine(String at, String task, String source, String severity, String rule, String message) {}

    /** The top of the report. */
    public record Overview(int files, int documents, int accommodations, int repairs, int unreadable, String from,
                           String until, String fromUtc, String untilUtc, String span, List<String> dmVersions,
                           List<TaskLine> tasks, int errors, int warnings, int infos, int baselined) {}

    /** One task in the overview. */
    public record TaskLine(String name, String anchor, String status, String verdict, String verdictClass,
                           String evidence, String latest) {}

    /** Everything about one task. */
    public record TaskSection(String name, String anchor, String status, String verdict, String verdictClass,
                              String evidence, @JsonIgnore Timeline timeline, List<SubtaskLine> subtasks,
                              List<ErrorLine> errors, List<ShardingLine> sharding, List<RelayLine> relays,
                              Table stageTimes, Table unitTimes, List<ThroughputLine> throughput) {}

    /** The stage strip of every subtask of a task across capture time (SVG geometry, viewBox units). */
    public record Timeline(int width, int height, int labelWidth, List<TimelineRow> rows, List<Tick> ticks,
                           List<LegendItem> legend) {}

    public record TimelineRow(String source, int y, List<Segment> segments, List<Mark> marks) {}

    /** A stretch of one stage; {@code stage} doubles as the CSS class. */
    public record Segment(double x, double width, String stage, String title) {}

    /** An event on a row: {@code error}, {@code unit} (unit change) or {@code gone} (disappeared). */
    public record Mark(double x, String kind, String title) {}

    public record Tick(double x, String label) {}

    public record LegendItem(String stage, String label) {}

    /** The latest state of one subtask. */
    public record SubtaskLine(String source, String worker, String stage, String unit, String progress, String rows,
                              String syncerBinlog, String masterBinlog, String fileGap, String transactionGap,
                              String secondsBehindMaster, String capturedAt, @JsonIgnore Sparkline lag) {}

    /** A small line chart: SVG polyline points in a {@code width} x {@code height} box. */
    public record Sparkline(String points, int width, int height, String max, String label) {}

    public record ErrorLine(String code, String errClass, String scope, String level, String message, String rawCause,
                            String workaround, String position, String firstSeen, String lastSeen, int count,
                            String sources) {}

    /** One episode of a sharding DDL lock or optimistic conflict, with the state at its last capture. */
    public record ShardingLine(String source, String lock, String target, String ddls, String synced, String unsynced,
                               String owner, String conflict, String since, String until, String blockedFor,
                               boolean open) {}

    public record RelayLine(String source, String worker, String stage, String error, String pausedFor) {}

    /** A table of durations: one row per source, one column per stage or unit. */
    public record Table(List<String> columns, List<Row> rows) {
        public record Row(String source, List<String> cells) {}
    }

    public record ThroughputLine(String source, String unit, String latest, String average, String reported,
                                 @JsonIgnore Sparkline chart) {}

    /** The findings of one rule, with its documentation. */
    public record FindingGroup(String rule, String anchor, String severity, String category, String title,
                               String explanation, int count, List<FindingLine> findings, int more) {}

    public record FindingLine(String place, String severity, String message, String task, String source,
                              String capturedAt) {}

    public record ProblemLine(String place, String message) {}
}
