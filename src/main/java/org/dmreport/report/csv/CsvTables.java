package org.dmreport.report.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dmreport.analysis.Incident;
import org.dmreport.analysis.Runner;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.findings.Finding;
import org.dmreport.model.DocumentKind;
import org.dmreport.model.ProcessError;
import org.dmreport.report.Rendered;
import org.dmreport.report.Renderer;
import org.dmreport.report.view.ReportInput;

/**
 * The CSV tables, RFC 4180 with a header row and columns that stay the same across DM versions:
 * {@code tasks.csv} (capture x task), {@code subtasks.csv} (capture x task x source),
 * {@code errors.csv} (one row per error occurrence), {@code findings.csv} and {@code incidents.csv}
 * (one row per incident). Times are ISO-8601
 * UTC, numbers plain; each row names its cluster ("" when the inputs name none), so tables of
 * several runs can be put together. A cell a spreadsheet would run as a formula is neutralised with a leading
 * {@code '} unless {@code raw}.
 */
public final class CsvTables {

    /** The file names, in the order they are written. */
    public static final List<String> FILES =
            List.of("tasks.csv", "subtasks.csv", "errors.csv", "findings.csv", "incidents.csv");

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

    /** The renderer of each table, by file name in the order they are written. */
    public Map<String, Renderer<ReportInput>> renderers() {
        Map<String, Renderer<ReportInput>> tables = new LinkedHashMap<>();
        tables.put("tasks.csv", table(this::tasks));
        tables.put("subtasks.csv", new Renderer<>() {
            @Override
            public Rendered render(ReportInput input, Writer out) throws IOException {
                return render(input, out, Runner.SEQUENTIAL);
            }

            @Override
            public Rendered render(ReportInput input, Writer out, Runner runner) throws IOException {
                subtasks(input, out, runner);
                return Rendered.WHOLE;
            }
        });
        tables.put("errors.csv", table(this::errors));
        tables.put("findings.csv", table(this::findings));
        tables.put("incidents.csv", table(this::incidents));
        return tables;
    }

    /** A table written row by row on the calling thread; a table is always written whole. */
    private static Renderer<ReportInput> table(TableBody body) {
        return (input, out) -> {
            body.write(input, out);
            return Rendered.WHOLE;
        };
    }

    /** What writes one table. */
    @FunctionalInterface
    private interface TableBody {
        void write(ReportInput input, Writer out) throws IOException;
    }

    private void tasks(ReportInput input, Writer out) throws IOException {
        // At one capture a task is shown once: a full response's recomputed status over a summary's.
        List<Columns.TaskRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (SnapshotStatus s : input.statuses()) {
            for (TaskStatus t : s.tasks()) {
                String key = s.capture().capturedAt() + "\u0000" + s.capture().cluster() + "\u0000" + t.taskName();
                Integer at = seen.get(key);
                Columns.TaskRow row = new Columns.TaskRow(s, t);
                if (at == null || s.capture().capturedAt() == null) {
                    seen.put(key, rows.size());
                    rows.add(row);
                } else if (s.kind() == DocumentKind.FULL && rows.get(at).task().recorded()) {
                    rows.set(at, row);
                }
            }
        }
        try (Table table = new Table(out, Columns.headers(Columns.TASKS))) {
            for (Columns.TaskRow row : rows) {
                table.row(Columns.cells(Columns.TASKS, row));
            }
        }
    }

    /**
     * The longest table (a row per subtask per capture): rows are merged in order on the calling
     * thread, {@link #BATCHES} batches of {@link #BATCH_ROWS} at a time, and each batch is formatted
     * as text on {@code runner}, then written in order.
     */
    private void subtasks(ReportInput input, Writer out, Runner runner) throws IOException {
        // The header alone: the rows follow in batches.
        new Table(out, Columns.headers(Columns.SUBTASKS)).close();
        Iterator<PointRows.Timed> points = PointRows.timed(input, false).iterator();
        while (points.hasNext()) {
            List<Supplier<String>> batches = new ArrayList<>(BATCHES);
            for (int b = 0; b < BATCHES && points.hasNext(); b++) {
                List<PointRows.Timed> batch = new ArrayList<>(BATCH_ROWS);
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
    private String formatted(List<PointRows.Timed> batch) {
        StringBuilder text = new StringBuilder(batch.size() * 320);
        try {
            CSVPrinter printer = new CSVPrinter(text, FORMAT);
            for (PointRows.Timed timed : batch) {
                record(printer, Columns.cells(Columns.SUBTASKS, timed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return text.toString();
    }

    /**
     * Prints {@code row}'s cells as text, neutralised, and ends the record: cell by cell, as
     * {@code printRecord} of a list goes through a stream per record.
     */
    private void record(CSVPrinter printer, List<Object> row) throws IOException {
        for (Object cell : row) {
            printer.print(neutralise(String.valueOf(cell)));
        }
        printer.println();
    }

    private void errors(ReportInput input, Writer out) throws IOException {
        try (Table table = new Table(out, Columns.headers(Columns.ERRORS))) {
            for (PointRows.Timed timed : PointRows.timed(input, true)) {
                for (ProcessError e : timed.point().errors()) {
                    table.row(Columns.cells(Columns.ERRORS, new Columns.ErrorRow(timed, e)));
                }
            }
        }
    }

    private void incidents(ReportInput input, Writer out) throws IOException {
        try (Table table = new Table(out, Columns.headers(Columns.INCIDENTS))) {
            for (Incident i : input.incidents()) {
                table.row(Columns.cells(Columns.INCIDENTS, i));
            }
        }
    }

    private void findings(ReportInput input, Writer out) throws IOException {
        try (Table table = new Table(out, Columns.headers(Columns.FINDINGS))) {
            for (Finding f : input.findings()) {
                table.row(Columns.cells(Columns.FINDINGS, f));
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

        Table(Writer out, List<String> header) throws IOException {
            this.out = out;
            this.printer = new CSVPrinter(buffer, FORMAT);
            printer.printRecord(header);
        }

        void row(List<Object> row) throws IOException {
            record(printer, row);
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
}
