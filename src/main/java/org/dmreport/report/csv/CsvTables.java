package org.dmreport.report.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dmreport.analysis.Gaps;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.StoredSeries;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.findings.Finding;
import org.dmreport.model.BinlogLocation;
import org.dmreport.model.Capture;
import org.dmreport.model.DocumentKind;
import org.dmreport.model.ProcessError;
import org.dmreport.model.Progress;
import org.dmreport.report.Output;
import org.dmreport.report.view.ReportInput;

/**
 * The CSV tables, RFC 4180 with a header row and columns that stay the same across DM versions:
 * {@code tasks.csv} (capture x task), {@code subtasks.csv} (capture x task x source),
 * {@code errors.csv} (one row per error occurrence) and {@code findings.csv}. Times are ISO-8601
 * UTC, numbers plain; each row names its cluster ("" when the inputs name none), so tables of
 * several runs can be put together. A cell a spreadsheet would run as a formula is neutralised with a leading
 * {@code '} unless {@code raw}.
 */
public final class CsvTables {

    /** The file names, in the order they are written. */
    public static final List<String> FILES = List.of("tasks.csv", "subtasks.csv", "errors.csv", "findings.csv");

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    /** Rows of {@code subtasks.csv} formatted as one piece of work, and pieces handed to the runner at once. */
    private static final int BATCH_ROWS = 512;

    private static final int BATCHES = 4;

    /** A cell that is a signed number and nothing else. */
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[-+][0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private final boolean raw;

    public CsvTables(boolean raw) {
        this.raw = raw;
    }

    /** Every table by file name, each written row by row when its output asks. */
    public Map<String, Output> render(ReportInput input) {
        Map<String, Output> tables = new LinkedHashMap<>();
        tables.put("tasks.csv", out -> tasks(input, out));
        tables.put("subtasks.csv", new Output() {
            @Override
            public void writeTo(Writer out) throws IOException {
                subtasks(input, out, Output.Runner.SEQUENTIAL);
            }

            @Override
            public void writeTo(Writer out, Output.Runner runner) throws IOException {
                subtasks(input, out, runner);
            }
        });
        tables.put("errors.csv", out -> errors(input, out));
        tables.put("findings.csv", out -> findings(input, out));
        return tables;
    }

    /** A point with its capture time as printed. */
    private record Timed(String time, SubtaskPoint point) {}

    /**
     * The head of one series in the merge: its next point, and the series' rank in task, source and
     * list order (a series' points all have its task and source).
     */
    private record Head(SubtaskPoint point, Iterator<SubtaskPoint> rest, int rank) {}

    /**
     * Rows in time order (points without a capture time first), then task and source, then series
     * list order: compared by time and rank, as the merge compares heads some twenty times a row.
     */
    private static final Comparator<Head> ROW_ORDER = (a, b) -> {
        Instant x = a.point().capture().capturedAt();
        Instant y = b.point().capture().capturedAt();
        if (x != y) {
            if (x == null || y == null) {
                return x == null ? -1 : 1;
            }
            int byTime = x.compareTo(y);
            if (byTime != 0) {
                return byTime;
            }
        }
        return Integer.compare(a.rank(), b.rank());
    };

    /**
     * The present points of every series (with {@code withErrorsOnly}, those with errors), in row
     * order, series order breaking ties: each series is already in time order, so they are merged
     * as they are read, one point of each series on the heap at a time. Rows come in time order, so
     * each time is formatted once.
     */
    private static Iterable<Timed> timedPoints(ReportInput input, boolean withErrorsOnly) {
        return () -> new Iterator<>() {
            private final PriorityQueue<Head> heads = heads(input, withErrorsOnly);
            private Instant lastTime;
            private String lastText = "";

            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public Timed next() {
                Head head = heads.poll();
                if (head == null) {
                    throw new NoSuchElementException();
                }
                if (head.rest().hasNext()) {
                    heads.add(new Head(head.rest().next(), head.rest(), head.rank()));
                }
                SubtaskPoint p = head.point();
                Instant time = p.capture().capturedAt();
                if (!Objects.equals(time, lastTime)) {
                    lastTime = time;
                    lastText = time(p.capture());
                }
                return new Timed(lastText, p);
            }
        };
    }

    private static PriorityQueue<Head> heads(ReportInput input, boolean withErrorsOnly) {
        List<StoredSeries> series = input.subtasks();
        List<Integer> byName = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            byName.add(k);
        }
        byName.sort(Comparator.comparing((Integer k) -> series.get(k).cluster())
                .thenComparing(k -> series.get(k).task())
                .thenComparing(k -> series.get(k).source())
                .thenComparing(Comparator.naturalOrder()));
        PriorityQueue<Head> heads = new PriorityQueue<>(Math.max(1, series.size()), ROW_ORDER);
        for (int rank = 0; rank < byName.size(); rank++) {
            Iterator<SubtaskPoint> points = series.get(byName.get(rank)).points(withErrorsOnly);
            if (points.hasNext()) {
                heads.add(new Head(points.next(), points, rank));
            }
        }
        return heads;
    }

    private void tasks(ReportInput input, Writer out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (SnapshotStatus s : input.statuses()) {
            for (TaskStatus t : s.tasks()) {
                String key = s.capture().capturedAt() + "\u0000" + s.capture().cluster() + "\u0000" + t.taskName();
                Integer at = seen.get(key);
                List<Object> row = List.of(
                        time(s),
                        s.capture().cluster(),
                        t.taskName(),
                        t.taskStatus(),
                        t.recorded() ? "recorded" : "recomputed",
                        String.join(" ", t.sources()),
                        String.join(" ", t.unknownSources()),
                        s.capture().input(),
                        s.document());
                if (at == null || s.capture().capturedAt() == null) {
                    seen.put(key, rows.size());
                    rows.add(row);
                } else if (s.kind() == DocumentKind.FULL
                        && "recorded".equals(rows.get(at).get(4))) {
                    rows.set(at, row);
                }
            }
        }
        try (Table table = new Table(
                out,
                List.of(
                        "captured_at",
                        "cluster",
                        "task",
                        "status",
                        "status_from",
                        "sources",
                        "unknown_sources",
                        "input",
                        "document"))) {
            for (List<Object> row : rows) {
                table.row(row);
            }
        }
    }

    /**
     * The longest table (a row per subtask per capture): rows are merged in order on the calling
     * thread, {@link #BATCHES} batches of {@link #BATCH_ROWS} at a time, and each batch is formatted
     * as text on {@code runner}, then written in order.
     */
    private void subtasks(ReportInput input, Writer out, Output.Runner runner) throws IOException {
        // The header alone: the rows follow in batches.
        new Table(
                        out,
                        List.of(
                                "captured_at",
                                "cluster",
                                "task",
                                "source",
                                "worker",
                                "stage",
                                "unit",
                                "progress",
                                "progress_pct",
                                "done",
                                "total",
                                "rows",
                                "dm_rate",
                                "syncer_binlog",
                                "master_binlog",
                                "syncer_gtid",
                                "master_gtid",
                                "synced",
                                "seconds_behind_master",
                                "files_behind",
                                "bytes_behind",
                                "transactions_behind",
                                "lock_id",
                                "error_code",
                                "relay_stage",
                                "input",
                                "document"))
                .close();
        Iterator<Timed> points = timedPoints(input, false).iterator();
        while (points.hasNext()) {
            List<Supplier<String>> batches = new ArrayList<>(BATCHES);
            for (int b = 0; b < BATCHES && points.hasNext(); b++) {
                List<Timed> batch = new ArrayList<>(BATCH_ROWS);
                while (batch.size() < BATCH_ROWS && points.hasNext()) {
                    batch.add(points.next());
                }
                batches.add(() -> formatted(batch));
            }
            for (String text : runner.run(batches)) {
                out.write(text);
            }
        }
    }

    /** Rows of {@code subtasks.csv} as CSV text. */
    private String formatted(List<Timed> batch) {
        StringBuilder text = new StringBuilder(batch.size() * 320);
        try {
            CSVPrinter printer = new CSVPrinter(text, FORMAT);
            List<String> cells = new ArrayList<>();
            for (Timed timed : batch) {
                SubtaskPoint p = timed.point();
                ProcessError error = p.errors().isEmpty() ? null : p.errors().get(0);
                printer.printRecord(cells(
                        cells,
                        List.of(
                                timed.time(),
                                p.capture().cluster(),
                                p.task(),
                                p.source(),
                                p.worker(),
                                p.stage(),
                                p.unit(),
                                p.progressText().strip(),
                                progressPercent(p.progressText()),
                                number(p.progress()),
                                number(p.progressTotal()),
                                number(p.rows()),
                                number(p.reportedRate()),
                                text(p.syncerBinlog()),
                                text(p.masterBinlog()),
                                text(p.syncerGtid()),
                                text(p.masterGtid()),
                                p.synced() == null ? "" : p.synced().toString(),
                                number(p.secondsBehindMaster()),
                                filesBehind(p),
                                bytesBehind(p),
                                transactionsBehind(p),
                                p.lockId(),
                                error == null || error.code() == null
                                        ? ""
                                        : error.code().toString(),
                                text(p.relayStage()),
                                p.capture().input(),
                                p.document())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString();
    }

    /** {@code row}'s cells as text, neutralised, in {@code cells} (cleared first). */
    private List<String> cells(List<String> cells, List<Object> row) {
        cells.clear();
        for (Object cell : row) {
            cells.add(neutralise(String.valueOf(cell)));
        }
        return cells;
    }

    private void errors(ReportInput input, Writer out) throws IOException {
        try (Table table = new Table(
                out,
                List.of(
                        "captured_at",
                        "cluster",
                        "task",
                        "source",
                        "stage",
                        "unit",
                        "code",
                        "class",
                        "scope",
                        "level",
                        "message",
                        "raw_cause",
                        "workaround",
                        "position",
                        "input",
                        "document"))) {
            for (Timed timed : timedPoints(input, true)) {
                SubtaskPoint p = timed.point();
                for (ProcessError e : p.errors()) {
                    table.row(List.of(
                            timed.time(),
                            p.capture().cluster(),
                            p.task(),
                            p.source(),
                            p.stage(),
                            p.unit(),
                            e.code() == null ? "" : e.code().toString(),
                            text(e.errClass()),
                            text(e.scope()),
                            text(e.level()),
                            text(e.message()),
                            text(e.rawCause()),
                            text(e.workaround()),
                            BinlogLocation.find(e.message())
                                    .map(l -> l.position().toString())
                                    .orElse(""),
                            p.capture().input(),
                            p.document()));
                }
            }
        }
    }

    private void findings(ReportInput input, Writer out) throws IOException {
        try (Table table = new Table(
                out,
                List.of(
                        "captured_at",
                        "cluster",
                        "rule",
                        "severity",
                        "category",
                        "input",
                        "document",
                        "line",
                        "column",
                        "pointer",
                        "task",
                        "source",
                        "message",
                        "fingerprint",
                        "baselined",
                        "occurrences",
                        "last_captured_at"))) {
            for (Finding f : input.findings()) {
                table.row(List.of(
                        f.capturedAt() == null ? "" : f.capturedAt().toString(),
                        f.cluster(),
                        f.ruleId(),
                        f.severity().label(),
                        f.category().label(),
                        f.input(),
                        f.document(),
                        f.line(),
                        f.column(),
                        f.pointer(),
                        f.task(),
                        f.source(),
                        f.message(),
                        f.fingerprint(),
                        f.baselined(),
                        f.occurrences(),
                        f.last() == null ? "" : f.last().capturedAt().toString()));
            }
        }
    }

    /**
     * One table being written: records are formatted into a buffer that goes to the output in
     * pieces of about 64 KiB. Commons CSV appends each cell in slices; to a {@link StringBuilder}
     * that is a copy, to a {@link Writer} a substring per slice.
     */
    private final class Table implements AutoCloseable {
        private static final int PIECE = 1 << 16;
        private final Writer out;
        private final StringBuilder buffer = new StringBuilder(PIECE + 4096);
        private final CSVPrinter printer;
        private final List<String> cells = new ArrayList<>();

        Table(Writer out, List<String> header) throws IOException {
            this.out = out;
            this.printer = new CSVPrinter(buffer, FORMAT);
            printer.printRecord(header);
        }

        void row(List<Object> row) throws IOException {
            printer.printRecord(cells(cells, row));
            if (buffer.length() >= PIECE) {
                flush();
            }
        }

        private void flush() throws IOException {
            out.append(buffer);
            buffer.setLength(0);
        }

        /** Writes what is left; the output's owner closes the output. */
        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * Prefixes {@code '} to a cell a spreadsheet would evaluate: one starting with {@code =},
     * {@code +}, {@code -}, {@code @}, a tab or a carriage return. Only a cell that is a number and
     * nothing else ({@code -12}, {@code +1.5e3}) keeps its sign unprefixed: {@code -1+cmd|...} is
     * a formula for all its leading digit.
     */
    String neutralise(String cell) {
        if (raw || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean formula = c == '='
                || c == '@'
                || c == '\t'
                || c == '\r'
                || (c == '-' || c == '+') && !SIGNED_NUMBER.matcher(cell).matches();
        return formula ? "'" + cell : cell;
    }

    private static String time(SnapshotStatus s) {
        return s.capture().capturedAt() == null ? "" : s.capture().capturedAt().toString();
    }

    private static String time(Capture c) {
        return c.capturedAt() == null ? "" : c.capturedAt().toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** DM's progress text as a plain number ({@code " 5.00 %"} is 5.00), "" when it holds none. */
    private static String progressPercent(String text) {
        return Progress.parse(text)
                .map(Progress::percent)
                .map(p -> String.format(java.util.Locale.ROOT, "%.2f", p))
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

    private static String filesBehind(SubtaskPoint p) {
        return Gaps.files(p).map(String::valueOf).orElse("");
    }

    private static String bytesBehind(SubtaskPoint p) {
        return Gaps.bytes(p).map(String::valueOf).orElse("");
    }

    private static String transactionsBehind(SubtaskPoint p) {
        return Gaps.transactions(p).map(String::valueOf).orElse("");
    }
}
