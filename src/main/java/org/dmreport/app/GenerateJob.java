package org.dmreport.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dmreport.analysis.DmctlStatusRule;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.generate.ApiJsonWriter;
import org.dmreport.generate.CaptureScenario;
import org.dmreport.generate.DmJsonWriter;
import org.dmreport.generate.GeneratedCapture;
import org.dmreport.generate.ScenarioSettings;
import org.dmreport.model.FullResponse;
import org.dmreport.model.SourceEntry;

/**
 * {@code dmreport generate}: writes a capture series as a cron job would have saved it, one folder
 * per capture named by its time ({@code 2026-11-26T00-30-00Z/}), holding what a plain
 * {@code query-status} printed ({@code query-status.json}: the summary, or the full response when a
 * source did not answer, as dmctl does) and one {@code query-status-TASK.json} per task. A fleet
 * is several such series side by side, one folder per cluster ({@code cluster-a/}, {@code cluster-b/}),
 * each from its own seed. With the API style each capture holds what the DM OpenAPI answered
 * instead: {@code tasks.json} ({@code GET /api/v1/tasks?with_status=true}) and
 * {@code sources.json} ({@code GET /api/v1/sources?with_status=true}).
 */
public final class GenerateJob {

    private static final DateTimeFormatter FOLDER =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    private GenerateJob() {}

    /** Writes the series under {@code dir} as DM prints it; returns how many files were written. */
    public static int run(ScenarioSettings settings, Path dir) throws IOException {
        return run(settings, dir, DmJsonWriter.Style.DM);
    }

    /** Writes the series under {@code dir}, per-task responses in {@code style}; returns how many files were written. */
    public static int run(ScenarioSettings settings, Path dir, DmJsonWriter.Style style) throws IOException {
        int files = 0;
        SplittableRandom mapOrder = new SplittableRandom(settings.seed());
        for (GeneratedCapture capture : new CaptureScenario(settings).captures()) {
            Path folder = dir.resolve(FOLDER.format(capture.time()));
            if (style == DmJsonWriter.Style.API) {
                OutputFiles.write(
                        folder.resolve("tasks.json"), ApiJsonWriter.taskList(capture.taskNames(), capture.allTasks()));
                OutputFiles.write(folder.resolve("sources.json"), ApiJsonWriter.sourceList(capture.allTasks()));
                files += 2;
                continue;
            }
            OutputFiles.write(folder.resolve("query-status.json"), plainQueryStatus(capture.allTasks(), mapOrder));
            files++;
            for (int t = 0; t < capture.perTask().size(); t++) {
                OutputFiles.write(
                        folder.resolve("query-status-" + capture.taskNames().get(t) + ".json"),
                        DmJsonWriter.full(capture.perTask().get(t), style));
                files++;
            }
        }
        return files;
    }

    /**
     * Writes {@code clusters} series under {@code dir}: one, straight into it; several, into
     * {@code cluster-a/}, {@code cluster-b/} and so on, the k-th (from 0) with seed {@code seed + k}.
     * Returns how many files were written.
     */
    public static int fleet(ScenarioSettings settings, Path dir, DmJsonWriter.Style style, int clusters)
            throws IOException {
        if (clusters < 1) {
            throw new IllegalArgumentException("clusters must be at least 1");
        }
        if (clusters == 1) {
            return run(settings, dir, style);
        }
        int files = 0;
        for (int k = 0; k < clusters; k++) {
            ScenarioSettings own = new ScenarioSettings(
                    settings.seed() + k,
                    settings.captures(),
                    settings.tasks(),
                    settings.sources(),
                    settings.interval(),
                    settings.start());
            files += run(own, dir.resolve("cluster-" + letters(k)), style);
        }
        return files;
    }

    /** {@code a} to {@code z}, then {@code aa}, {@code ab}: the k-th (from 0) name in that order. */
    static String letters(int k) {
        StringBuilder name = new StringBuilder();
        for (int n = k + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return name.toString();
    }

    /** What a plain {@code query-status} prints: the summary, or the full response when a source failed. */
    private static String plainQueryStatus(FullResponse all, SplittableRandom mapOrder) {
        for (SourceEntry entry : all.sources()) {
            if (!entry.result()) {
                return DmJsonWriter.full(all);
            }
        }
        List<TaskStatus> tasks = new ArrayList<>(DmctlStatusRule.of(all));
        for (int i = tasks.size() - 1; i > 0; i--) {
            int j = mapOrder.nextInt(i + 1);
            tasks.set(i, tasks.set(j, tasks.get(i)));
        }
        return DmJsonWriter.summary(tasks);
    }
}
