package org.dmreport.report.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dmreport.analysis.Gaps;
import org.dmreport.analysis.Incident;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.findings.Finding;
import org.dmreport.model.BinlogLocation;
import org.dmreport.model.Capture;
import org.dmreport.model.ProcessError;
import org.dmreport.model.Progress;

/**
 * The columns of each table, each a header beside the cell it takes from a row, so that a header
 * and its value cannot drift apart. Times are ISO-8601 UTC and numbers plain; an absent value is
 * an empty cell.
 */
final class Columns {

    /** A column: its header, and its cell in a row. */
    record Column<T>(String header, Function<T, Object> cell) {}

    /** A task as one snapshot shows it (tasks.csv). */
    record TaskRow(SnapshotStatus snapshot, TaskStatus task) {}

    /** One error of a subtask at one capture (errors.csv). */
    record ErrorRow(PointRows.Timed timed, ProcessError error) {}

    static final List<Column<TaskRow>> TASKS = List.of(
            new Column<>("captured_at", r -> time(r.snapshot().capture())),
            new Column<>("cluster", r -> r.snapshot().capture().cluster()),
            new Column<>("task", r -> r.task().taskName()),
            new Column<>("status", r -> r.task().taskStatus()),
            new Column<>("status_from", r -> r.task().recorded() ? "recorded" : "recomputed"),
            new Column<>("sources", r -> String.join(" ", r.task().sources())),
            new Column<>("unknown_sources", r -> String.join(" ", r.task().unknownSources())),
            new Column<>("input", r -> r.snapshot().capture().input()),
            new Column<>("document", r -> r.snapshot().document()));

    static final List<Column<PointRows.Timed>> SUBTASKS = List.of(
            new Column<>("captured_at", PointRows.Timed::time),
            new Column<>("cluster", t -> t.point().capture().cluster()),
            new Column<>("task", t -> t.point().task()),
            new Column<>("source", t -> t.point().source()),
            new Column<>("worker", t -> t.point().worker()),
            new Column<>("stage", t -> t.point().stage()),
            new Column<>("unit", t -> t.point().unit()),
            new Column<>("progress", t -> t.point().progressText().strip()),
            new Column<>("progress_pct", t -> progressPercent(t.point().progressText())),
            new Column<>("done", t -> number(t.point().progress())),
            new Column<>("total", t -> number(t.point().progressTotal())),
            new Column<>("rows", t -> number(t.point().rows())),
            new Column<>("dm_rate", t -> number(t.point().reportedRate())),
            new Column<>("syncer_binlog", t -> text(t.point().syncerBinlog())),
            new Column<>("master_binlog", t -> text(t.point().masterBinlog())),
            new Column<>("syncer_gtid", t -> text(t.point().syncerGtid())),
            new Column<>("master_gtid", t -> text(t.point().masterGtid())),
            new Column<>(
                    "synced", t -> t.point().synced() == null ? "" : t.point().synced()),
            new Column<>("seconds_behind_master", t -> number(t.point().secondsBehindMaster())),
            new Column<>("files_behind", t -> number(Gaps.files(t.point()).orElse(null))),
            new Column<>("bytes_behind", t -> number(Gaps.bytes(t.point()).orElse(null))),
            new Column<>(
                    "transactions_behind",
                    t -> number(Gaps.transactions(t.point()).orElse(null))),
            new Column<>("lock_id", t -> t.point().lockId()),
            new Column<>("error_code", t -> firstErrorCode(t.point())),
            new Column<>("relay_stage", t -> text(t.point().relayStage())),
            new Column<>("input", t -> t.point().capture().input()),
            new Column<>("document", t -> t.point().document()));

    static final List<Column<ErrorRow>> ERRORS = List.of(
            new Column<>("captured_at", r -> r.timed().time()),
            new Column<>("cluster", r -> r.timed().point().capture().cluster()),
            new Column<>("task", r -> r.timed().point().task()),
            new Column<>("source", r -> r.timed().point().source()),
            new Column<>("stage", r -> r.timed().point().stage()),
            new Column<>("unit", r -> r.timed().point().unit()),
            new Column<>("code", r -> number(r.error().code())),
            new Column<>("class", r -> text(r.error().errClass())),
            new Column<>("scope", r -> text(r.error().scope())),
            new Column<>("level", r -> text(r.error().level())),
            new Column<>("message", r -> text(r.error().message())),
            new Column<>("raw_cause", r -> text(r.error().rawCause())),
            new Column<>("workaround", r -> text(r.error().workaround())),
            new Column<>(
                    "position",
                    r -> BinlogLocation.find(r.error().message())
                            .map(l -> l.position().toString())
                            .orElse("")),
            new Column<>("input", r -> r.timed().point().capture().input()),
            new Column<>("document", r -> r.timed().point().document()));

    static final List<Column<Finding>> FINDINGS = List.of(
            new Column<>("captured_at", f -> f.capturedAt() == null ? "" : f.capturedAt()),
            new Column<>("cluster", Finding::cluster),
            new Column<>("rule", Finding::ruleId),
            new Column<>("severity", f -> f.severity().label()),
            new Column<>("category", f -> f.category().label()),
            new Column<>("input", Finding::input),
            new Column<>("document", Finding::document),
            new Column<>("line", Finding::line),
            new Column<>("column", Finding::column),
            new Column<>("pointer", Finding::pointer),
            new Column<>("task", Finding::task),
            new Column<>("source", Finding::source),
            new Column<>("message", Finding::message),
            new Column<>("fingerprint", Finding::fingerprint),
            new Column<>("baselined", Finding::baselined),
            new Column<>("occurrences", Finding::occurrences),
            new Column<>(
                    "last_captured_at", f -> f.last() == null ? "" : f.last().capturedAt()),
            new Column<>("incident", Finding::incident));

    /** incidents.csv: one row per incident, times ISO-8601 UTC, durations in seconds. */
    static final List<Column<Incident>> INCIDENTS = List.of(
            new Column<>("id", Incident::id),
            new Column<>("cluster", Incident::cluster),
            new Column<>("start", Incident::start),
            new Column<>("end", i -> i.ongoing() ? "" : i.until()),
            new Column<>("duration_seconds", i -> i.duration().getSeconds()),
            new Column<>("ongoing", Incident::ongoing),
            new Column<>("ending", i -> i.ending().key()),
            new Column<>("cause_rule", i -> i.cause().ruleId()),
            new Column<>("cause_kind", i -> i.cause().episode().kind().key()),
            new Column<>("cause_task", i -> i.cause().task()),
            new Column<>("cause_source", i -> i.cause().source()),
            new Column<>("cause_message", i -> i.cause().message()),
            new Column<>("tasks", i -> String.join(" ", i.tasks())),
            new Column<>("sources", i -> String.join(" ", i.sources())),
            new Column<>("episodes", i -> i.episodes().size()));

    private Columns() {}

    static <T> List<String> headers(List<Column<T>> columns) {
        return columns.stream().map(Column::header).toList();
    }

    /** The cells of {@code row}, in column order, not yet neutralised. */
    static <T> List<Object> cells(List<Column<T>> columns, T row) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column<T> column : columns) {
            cells.add(column.cell().apply(row));
        }
        return cells;
    }

    static String time(Capture c) {
        return c.capturedAt() == null ? "" : c.capturedAt().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** DM's progress text as a plain number ({@code " 5.00 %"} is 5.00), "" when it holds none. */
    private static String progressPercent(String text) {
        return Progress.parse(text)
                .map(Progress::percent)
                .map(p -> String.format(Locale.ROOT, "%.2f", p))
                .orElse("");
    }

    private static String number(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof Double d) {
            return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString(d.longValue()) : d.toString();
        }
        return n.toString();
    }

    private static String firstErrorCode(SubtaskPoint p) {
        return p.errors().isEmpty() ? "" : number(p.errors().get(0).code());
    }
}
