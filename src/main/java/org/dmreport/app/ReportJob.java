package org.dmreport.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.dmreport.analysis.Incidents;
import org.dmreport.analysis.Runner;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.analysis.StoredSeries;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.findings.Finding;
import org.dmreport.model.Capture;
import org.dmreport.report.Output;
import org.dmreport.report.Rendered;
import org.dmreport.report.Renderers;
import org.dmreport.report.ReportFormat;
import org.dmreport.report.template.Templates;
import org.dmreport.report.view.Comparisons;
import org.dmreport.report.view.ReportBuilder;
import org.dmreport.report.view.ReportInput;
import org.dmreport.report.view.ReportModel;

/**
 * {@code dmreport report}: runs the check, narrows it to the asked window and tasks, builds the one
 * view model and renders every asked format into files named {@link #FILES}.
 */
public final class ReportJob {

    private ReportJob() {}

    /**
     * The outputs by file name (in format order) and the check result they were made from. The
     * outputs are made as they are written: the view model is built once, by the first that needs
     * it, while the CSV tables (which read the series, not the model) are written beside it; a
     * template's problem is what its writing returns. Closing it closes the check
     * result, whose series the outputs read: close it once they are written.
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
        List<ReportFormat> formats = request.formats().stream()
                .map(name -> ReportFormat.of(name)
                        .orElseThrow(() -> new IllegalArgumentException("unknown report format " + name)))
                .toList();
        Supplier<ReportModel> model = new BuiltOnce(() -> {
            ReportModel built = ReportBuilder.build(input);
            return request.compare() == null ? built : compared(request, input, built);
        });
        Templates templates = formats.stream().anyMatch(f -> f.template() != null)
                ? new Templates(request.style().templates())
                : null;
        Map<String, Output> files = new LinkedHashMap<>();
        for (ReportFormat format : formats) {
            files.putAll(Renderers.report(
                    format, input, model, templates, request.style().csvRaw()));
        }
        return new Outcome(files, check);
    }

    /** The view model, built by the first output that asks for it; those asking meanwhile wait for it. */
    private static final class BuiltOnce implements Supplier<ReportModel> {
        private final Supplier<ReportModel> build;
        private ReportModel model;

        BuiltOnce(Supplier<ReportModel> build) {
            this.build = build;
        }

        @Override
        public synchronized ReportModel get() {
            if (model == null) {
                model = build.get();
            }
            return model;
        }
    }

    /**
     * {@code model} with what changed since the other window or capture set of {@code --compare}:
     * that set is read, checked, narrowed and built into a report the same way, then the two compared.
     */
    private static ReportModel compared(ReportRequest request, ReportInput input, ReportModel model) {
        ReportRequest.Compare compare = request.compare();
        CheckRequest check = request.check();
        CheckRequest other = new CheckRequest(
                compare.read().quietly(), check.selection(), check.settings(), check.baseline(), check.each());
        ReportRequest otherReport =
                new ReportRequest(other, request.scope(), request.style(), request.formats(), request.output(), null);
        try (CheckResult before = CheckJob.run(other, InputStream::nullInputStream)) {
            ReportInput beforeInput = narrow(otherReport, before);
            return model.comparedWith(Comparisons.of(
                    model,
                    input.findings(),
                    ReportBuilder.build(beforeInput),
                    beforeInput.findings(),
                    compare.against(),
                    compare.where()));
        }
    }

    /** Keeps only what falls in the window and concerns the asked clusters and tasks. */
    private static ReportInput narrow(ReportRequest request, CheckResult check) {
        List<SnapshotStatus> statuses = new ArrayList<>();
        for (SnapshotStatus s : check.statuses()) {
            if (!inWindow(request, s.capture())
                    || !request.scope().showsCluster(s.capture().cluster())) {
                continue;
            }
            if (request.scope().tasks().isEmpty()) {
                statuses.add(s);
                continue;
            }
            List<TaskStatus> kept = s.tasks().stream()
                    .filter(t -> request.scope().showsTask(t.taskName()))
                    .toList();
            if (!kept.isEmpty()) {
                statuses.add(new SnapshotStatus(
                        s.capture(),
                        s.document(),
                        s.kind(),
                        s.printer(),
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
            if (!request.scope().showsCluster(series.cluster())
                    || !request.scope().showsTask(series.task())) {
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
            if (!request.scope().showsCluster(series.cluster())) {
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
                // An episode still open when the window starts is part of its story.
                .filter(f -> (f.episode() != null
                                ? request.check().read().window().shows(f)
                                : inWindow(request, f.capturedAt()))
                        && request.scope().showsCluster(f.cluster()))
                .filter(f -> f.task().isEmpty() || request.scope().showsTask(f.task()))
                .toList();
        return new ReportInput(
                statuses,
                subtasks,
                sources,
                findings,
                Incidents.of(findings, statuses),
                check.problems().stream()
                        .filter(p -> request.scope().showsCluster(p.cluster()))
                        .toList(),
                request.check().selection().descriptors(),
                check.inputs(),
                check.documents(),
                request.style().zone(),
                request.style().generatedAt() == null
                        ? ""
                        : request.style().generatedAt().toString(),
                request.check().settings().lagThreshold());
    }

    private static boolean inWindow(ReportRequest request, Capture capture) {
        return inWindow(request, capture == null ? null : capture.capturedAt());
    }

    private static boolean inWindow(ReportRequest request, Instant t) {
        return request.check().read().window().contains(t);
    }

    /**
     * Writes {@code files} into {@code dir}, all or nothing, and returns what that came to. With more
     * than one thread every file is written at once on one pool of {@code threads}, which also
     * formats the rows of the longest table: the CSV tables stream from the series while the
     * templates render. Each file is written beside its target first, and only when every one was
     * written whole are they put in place: a full disk, a template's problem or a bug leaves the
     * earlier set whole. Of several failures, the first in file order of the gravest is given: a bug
     * (thrown), then a template's problem (returned), then an I/O error (thrown). The set is put in
     * place as {@link ReportSet} says: one run at a time ({@code onWait} is told when another holds
     * the folder), under a journal, whole under signals.
     */
    public static Rendered write(Path dir, Map<String, Output> files, int threads, Runnable onWait) throws IOException {
        return write(dir, files, threads, onWait, ReportSet.Mover.ATOMIC);
    }

    static Rendered write(Path dir, Map<String, Output> files, int threads, Runnable onWait, ReportSet.Mover mover)
            throws IOException {
        try (ReportSet.Held held = ReportSet.lock(dir, onWait)) {
            return writeLocked(dir, files, threads, mover);
        }
    }

    private static Rendered writeLocked(Path dir, Map<String, Output> files, int threads, ReportSet.Mover mover)
            throws IOException {
        List<Written> written;
        try (InOrder runner = InOrder.of(threads)) {
            List<Supplier<Written>> writes = new ArrayList<>();
            for (Map.Entry<String, Output> file : files.entrySet()) {
                writes.add(() -> Written.of(dir.resolve(file.getKey()), file.getValue(), runner));
            }
            written = runner.run(writes);
        }
        try {
            return putInPlace(dir, written, mover);
        } finally {
            for (Written w : written) {
                w.discard();
            }
        }
    }

    /** Puts every written file in place when all were written whole; else says or throws why not. */
    private static Rendered putInPlace(Path dir, List<Written> written, ReportSet.Mover mover) throws IOException {
        for (Written w : written) {
            if (w.bug != null) {
                throw w.bug;
            }
        }
        for (Written w : written) {
            if (w.pending != null && !w.pending.rendered().whole()) {
                return w.pending.rendered();
            }
        }
        for (Written w : written) {
            if (w.failure != null) {
                throw w.failure;
            }
        }
        ReportSet.commit(dir, written.stream().map(Written::pending).toList(), mover);
        return Rendered.WHOLE;
    }

    /** One file written beside its target (or stopped), or what kept it from being: an I/O error, a bug. */
    private record Written(OutputFiles.Pending pending, IOException failure, RuntimeException bug) {
        static Written of(Path target, Output output, Runner runner) {
            try {
                return new Written(OutputFiles.prepare(target, output, runner), null, null);
            } catch (IOException e) {
                return new Written(null, e, null);
            } catch (RuntimeException e) {
                return new Written(null, null, e);
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
