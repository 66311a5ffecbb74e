package org.dmreport.app;

import java.io.IOException;
import java.io.InputStream;
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

    /** The file each format is written to in an output directory. */
    public static final Map<String, List<String>> FILES = Map.of(
            "html", List.of("report.html"), "md", List.of("report.md"), "csv", CsvTables.FILES,
            "json", List.of("report.json"));

    private ReportJob() {}

    /** The outputs by file name (in format order) and the check result they were made from. */
    public record Outcome(Map<String, Output> files, CheckResult check) {}

    public static Outcome run(ReportRequest request, Supplier<InputStream> stdin)
            throws IOException, TemplateRenderer.TemplateProblem {
        CheckResult check = CheckJob.run(request.check(), stdin);
        ReportInput input = narrow(request, check);
        Map<String, Output> files = new LinkedHashMap<>();
        ReportModel model = ReportBuilder.build(input);
        TemplateRenderer templates = null;
        for (String format : request.formats()) {
            switch (format) {
                case "html", "md" -> {
                    if (templates == null) {
                        templates = new TemplateRenderer(request.templates());
                    }
                    String name = format.equals("html") ? "report.html.ftlh" : "report.md.ftl";
                    files.put(FILES.get(format).get(0), Output.of(templates.render(name, model)));
                }
                case "csv" -> files.putAll(new CsvTables(request.csvRaw()).render(input));
                case "json" -> files.put("report.json", Output.of(ReportJson.render(model)));
                default -> throw new IllegalArgumentException("unknown report format " + format);
            }
        }
        return new Outcome(files, check);
    }

    /** Keeps only what falls in the window and concerns the asked tasks. */
    private static ReportInput narrow(ReportRequest request, CheckResult check) {
        List<SnapshotStatus> statuses = new ArrayList<>();
        for (SnapshotStatus s : check.statuses()) {
            if (!inWindow(request, s.capture())) {
                continue;
            }
            if (request.tasks().isEmpty()) {
                statuses.add(s);
                continue;
            }
            List<TaskStatus> kept = s.tasks().stream().filter(t -> request.tasks().contains(t.taskName())).toList();
            if (!kept.isEmpty()) {
                statuses.add(new SnapshotStatus(s.capture(), s.document(), s.kind(), s.version(), s.partial(), s.notes(),
                        kept, s.unanswered(), s.message()));
            }
        }
        List<StoredSeries> subtasks = new ArrayList<>();
        boolean windowed = request.since() != null || request.until() != null;
        for (StoredSeries series : check.subtasks()) {
            if (!request.tasks().isEmpty() && !request.tasks().contains(series.task())) {
                continue;
            }
            if (!windowed) {
                subtasks.add(series);
                continue;
            }
            // A series with no step in the window is left out; telling needs one pass over it.
            StoredSeries within = series.within(step -> inWindow(request,
                    step.present() ? step.point().capture() : step.absentIn()));
            if (!within.load().steps().isEmpty()) {
                subtasks.add(within);
            }
        }
        List<SourceSeries> sources = new ArrayList<>();
        for (SourceSeries series : check.sources()) {
            var points = series.points().stream().filter(p -> inWindow(request, p.capture())).toList();
            if (!points.isEmpty()) {
                sources.add(new SourceSeries(series.source(), points));
            }
        }
        List<Finding> findings = check.findings().stream()
                .filter(f -> inWindow(request, f.capturedAt()))
                .filter(f -> request.tasks().isEmpty() || f.task().isEmpty() || request.tasks().contains(f.task()))
                .toList();
        List<Rule> rules = RuleCatalog.all().stream().filter(request.check().selection()::runs).toList();
        return new ReportInput(statuses, subtasks, sources, findings, check.problems(),
                rules.stream().map(Rule::descriptor).toList(), check.inputs(), check.documents(), request.zone(),
                request.generatedAt() == null ? "" : request.generatedAt().toString());
    }

    private static boolean inWindow(ReportRequest request, Capture capture) {
        return inWindow(request, capture == null ? null : capture.capturedAt());
    }

    private static boolean inWindow(ReportRequest request, Instant t) {
        if (request.since() == null && request.until() == null) {
            return true;
        }
        return t != null && (request.since() == null || !t.isBefore(request.since()))
                && (request.until() == null || !t.isAfter(request.until()));
    }

    /**
     * Writes {@code files} into {@code dir}, each atomically, on up to {@code threads} threads (the
     * CSV tables stream from the series as they are written: the longest takes most of the time,
     * and formats its rows on a pool of as many threads).
     * When some cannot be written, the others still are, and the first failure in file order is
     * thrown.
     */
    public static void write(Path dir, Map<String, Output> files, int threads) throws IOException {
        ExecutorService formatting = threads == 1 ? null : InOrder.pool(threads);
        Output.Runner runner = formatting == null ? Output.Runner.SEQUENTIAL : new Output.Runner() {
            @Override
            public <T> List<T> run(List<Supplier<T>> tasks) {
                return InOrder.run(tasks, formatting);
            }
        };
        List<Supplier<IOException>> writes = new ArrayList<>();
        for (Map.Entry<String, Output> file : files.entrySet()) {
            writes.add(() -> {
                try {
                    OutputFiles.write(dir.resolve(file.getKey()), out -> file.getValue().writeTo(out, runner));
                    return null;
                } catch (IOException e) {
                    return e;
                }
            });
        }
        try {
            for (IOException failure : InOrder.run(writes, threads)) {
                if (failure != null) {
                    throw failure;
                }
            }
        } finally {
            if (formatting != null) {
                formatting.shutdownNow();
            }
        }
    }
}
