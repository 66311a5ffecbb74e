package org.dmreport.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.analysis.StoredSeries;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.findings.Finding;
import org.dmreport.model.Capture;
import org.dmreport.report.Output;
import org.dmreport.report.ReportFormat;
import org.dmreport.report.csv.CsvTables;
import org.dmreport.report.json.ReportJson;
import org.dmreport.report.template.TemplateRenderer;
import org.dmreport.report.view.ReportBuilder;
import org.dmreport.report.view.ReportInput;
import org.dmreport.report.view.ReportModel;
import org.dmreport.rules.Rule;
import org.dmreport.rules.RuleCatalog;

/**
 * {@code dmreport report}: runs the check, narrows it to the asked window and tasks, builds the one
 * view model and renders every asked format into files named {@link #FILES}.
 */
public final class ReportJob {

    private ReportJob() {}

    /**
     * The outputs by file name (in format order) and the check result they were made from. The
     * view model is built before them, when a format shows it; the outputs are made as they are
     * written, and a template's problem surfaces then (the {@code write} methods throw it). Closing it
     * closes the check result, whose series the outputs read: close it once they are written.
     */
    public record Outcome(Map<String, Output> files, CheckResult check) implements AutoCloseable {
        @Override
        public void close() {
            check.close();
        }
    }

    public static Outcome run(ReportRequest request, Supplier<InputStream> stdin) throws IOException {
        CheckResult check = CheckJob.run(request.check(), stdin);
        try {
            return outputs(request, check);
        } catch (IOException | RuntimeException | Error e) {
            check.close();
            throw e;
        }
    }

    private static Outcome outputs(ReportRequest request, CheckResult check) throws IOException {
        ReportInput input = narrow(request, check);
        // The view model is built once, before anything is written, when a format shows it.
        ReportModel model = request.formats().stream().allMatch(f -> f.equals(ReportFormat.CSV.key()))
                ? null
                : ReportBuilder.build(input);
        Map<String, Output> files = new LinkedHashMap<>();
        TemplateRenderer templates = null;
        for (String name : request.formats()) {
            ReportFormat format = ReportFormat.of(name)
                    .orElseThrow(() -> new IllegalArgumentException("unknown report format " + name));
            switch (format) {
                case HTML, MD -> {
                    if (templates == null) {
                        templates = new TemplateRenderer(request.templates());
                    }
                    files.put(format.files().get(0), rendered(templates, format.template(), model));
                }
                case CSV -> files.putAll(new CsvTables(request.csvRaw()).render(input));
                case JSON -> files.put(format.files().get(0), out -> out.write(ReportJson.render(model)));
            }
        }
        return new Outcome(files, check);
    }

    /**
     * Template {@code name} rendered with the model as it is written: into a file beside the
     * target (discarded on a template's problem), or into a buffer before standard output.
     */
    private static Output rendered(TemplateRenderer templates, String name, ReportModel model) {
        return out -> {
            try {
                templates.render(name, model, out);
            } catch (TemplateRenderer.TemplateProblem e) {
                throw new TemplateFailure(e);
            }
        };
    }

    /** A template's problem carried out of {@link Output#writeTo}, which throws only I/O errors. */
    private static final class TemplateFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient TemplateRenderer.TemplateProblem problem;

        TemplateFailure(TemplateRenderer.TemplateProblem problem) {
            super(problem.getMessage(), problem, false, false);
            this.problem = problem;
        }
    }

    /**
     * Writes one output to {@code out}, a stream that cannot be taken back (standard output): whole
     * into memory first, so that nothing is written when its template fails. Only one html, md or
     * json report goes there; files are written as they are made.
     */
    public static void writeTo(Writer out, Output output) throws IOException, TemplateRenderer.TemplateProblem {
        StringWriter whole = new StringWriter();
        try {
            output.writeTo(whole);
        } catch (TemplateFailure e) {
            throw e.problem;
        }
        out.write(whole.toString());
    }

    /** Writes one output into {@code file}, atomically: nothing, when its template fails. */
    public static void writeFile(Path file, Output output) throws IOException, TemplateRenderer.TemplateProblem {
        try {
            OutputFiles.write(file, output);
        } catch (TemplateFailure e) {
            throw e.problem;
        }
    }

    /** Keeps only what falls in the window and concerns the asked clusters and tasks. */
    private static ReportInput narrow(ReportRequest request, CheckResult check) {
        List<SnapshotStatus> statuses = new ArrayList<>();
        for (SnapshotStatus s : check.statuses()) {
            if (!inWindow(request, s.capture()) || !shown(request, s.capture().cluster())) {
                continue;
            }
            if (request.tasks().isEmpty()) {
                statuses.add(s);
                continue;
            }
            List<TaskStatus> kept = s.tasks().stream()
                    .filter(t -> request.tasks().contains(t.taskName()))
                    .toList();
            if (!kept.isEmpty()) {
                statuses.add(new SnapshotStatus(
                        s.capture(),
                        s.document(),
                        s.kind(),
                        s.version(),
                        s.partial(),
                        s.notes(),
                        kept,
                        s.unanswered(),
                        s.message()));
            }
        }
        List<StoredSeries> subtasks = new ArrayList<>();
        boolean windowed = request.check().read().window().bounded();
        for (StoredSeries series : check.subtasks()) {
            if (!shown(request, series.cluster())
                    || !request.tasks().isEmpty() && !request.tasks().contains(series.task())) {
                continue;
            }
            if (!windowed) {
                subtasks.add(series);
                continue;
            }
            // A series with no step in the window is left out. Its first point in the window tells,
            // read without decoding the rest; only a series with none there is loaded, for the
            // captures that show it gone.
            StoredSeries within = series.within(
                    step -> inWindow(request, step.present() ? step.point().capture() : step.absentIn()));
            if (within.points(false).hasNext() || !within.load().steps().isEmpty()) {
                subtasks.add(within);
            }
        }
        List<SourceSeries> sources = new ArrayList<>();
        for (SourceSeries series : check.sources()) {
            if (!shown(request, series.cluster())) {
                continue;
            }
            var points = series.points().stream()
                    .filter(p -> inWindow(request, p.capture()))
                    .toList();
            if (!points.isEmpty()) {
                sources.add(new SourceSeries(
                        series.cluster(),
                        series.source(),
                        points,
                        series.conflicts().stream()
                                .filter(c -> inWindow(request, c.kept().capture()))
                                .toList()));
            }
        }
        List<Finding> findings = check.findings().stream()
                .filter(f -> inWindow(request, f.capturedAt()) && shown(request, f.cluster()))
                .filter(f -> request.tasks().isEmpty()
                        || f.task().isEmpty()
                        || request.tasks().contains(f.task()))
                .toList();
        List<Rule> rules = RuleCatalog.all().stream()
                .filter(request.check().selection()::runs)
                .toList();
        return new ReportInput(
                statuses,
                subtasks,
                sources,
                findings,
                check.problems().stream()
                        .filter(p -> shown(request, p.cluster()))
                        .toList(),
                rules.stream().map(Rule::descriptor).toList(),
                check.inputs(),
                check.documents(),
                request.zone(),
                request.generatedAt() == null ? "" : request.generatedAt().toString(),
                request.check().settings().lagThreshold());
    }

    private static boolean shown(ReportRequest request, String cluster) {
        return request.clusters().isEmpty() || request.clusters().contains(cluster);
    }

    private static boolean inWindow(ReportRequest request, Capture capture) {
        return inWindow(request, capture == null ? null : capture.capturedAt());
    }

    private static boolean inWindow(ReportRequest request, Instant t) {
        return request.check().read().window().contains(t);
    }

    /**
     * Writes {@code files} into {@code dir}, all or nothing. With more than one thread every file is
     * written at once: the CSV tables stream from the series while the templates render, and the
     * longest table formats its rows on a pool of {@code threads}. Each file is
     * written beside its target first, and only when every one was written are they put in place:
     * a full disk, a template's problem or a bug leaves the earlier set whole, and its failure
     * (the first in file order, a bug before a template before an I/O error) is thrown.
     */
    public static void write(Path dir, Map<String, Output> files, int threads)
            throws IOException, TemplateRenderer.TemplateProblem {
        ExecutorService formatting = threads == 1 ? null : InOrder.pool(threads);
        Output.Runner runner = formatting == null
                ? Output.Runner.SEQUENTIAL
                : new Output.Runner() {
                    @Override
                    public <T> List<T> run(List<Supplier<T>> tasks) {
                        return InOrder.run(tasks, formatting);
                    }
                };
        List<Supplier<Written>> writes = new ArrayList<>();
        for (Map.Entry<String, Output> file : files.entrySet()) {
            writes.add(() -> Written.of(
                    dir.resolve(file.getKey()), out -> file.getValue().writeTo(out, runner)));
        }
        List<Written> written;
        try {
            written = InOrder.run(writes, threads == 1 ? 1 : writes.size());
        } finally {
            if (formatting != null) {
                formatting.shutdownNow();
            }
        }
        try {
            putInPlace(written);
        } finally {
            for (Written w : written) {
                w.discard();
            }
        }
    }

    /** Puts every written file in place when all were written; else throws the first failure. */
    private static void putInPlace(List<Written> written) throws IOException, TemplateRenderer.TemplateProblem {
        for (Written w : written) {
            if (w.bug != null) {
                throw w.bug;
            }
        }
        for (Written w : written) {
            if (w.template != null) {
                throw w.template;
            }
        }
        for (Written w : written) {
            if (w.failure != null) {
                throw w.failure;
            }
        }
        for (Written w : written) {
            w.pending.commit();
        }
    }

    /** One file written beside its target, or what stopped it: an I/O error, a template, a bug. */
    private record Written(
            OutputFiles.Pending pending,
            IOException failure,
            TemplateRenderer.TemplateProblem template,
            RuntimeException bug) {
        static Written of(Path target, Output output) {
            try {
                return new Written(OutputFiles.prepare(target, output), null, null, null);
            } catch (IOException e) {
                return new Written(null, e, null, null);
            } catch (TemplateFailure e) {
                return new Written(null, null, e.problem, null);
            } catch (RuntimeException e) {
                return new Written(null, null, null, e);
            }
        }

        /** Removes the file beside the target when it was not put in place; best effort, as nothing is lost. */
        void discard() {
            if (pending != null) {
                try {
                    pending.close();
                } catch (IOException e) {
                    // a temporary file left behind: hidden (dot-named), and the outputs are whole
                }
            }
        }
    }
}
