package org.dmreport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.dmreport.app.GenerateJob;
import org.dmreport.generate.DmJsonWriter;
import org.dmreport.generate.ScenarioSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dmreport generate}: a deterministic, realistic capture series (the samples, test and benchmark corpora). */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Write a realistic series of query-status captures, as a cron job saves them: one folder "
                    + "per capture named by its time, with the plain query-status output and one full response per task.",
            "The same options give the same bytes. The defaults give the shipped samples/captures."
        })
final class GenerateCommand implements Callable<Integer> {

    private final Streams streams;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "Folder to write into.")
    Path output;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--captures", defaultValue = "48", description = "Number of captures (default: ${DEFAULT-VALUE}).")
    int captures;

    @Option(names = "--tasks", defaultValue = "2", description = "Number of tasks (default: ${DEFAULT-VALUE}).")
    int tasks;

    @Option(names = "--sources", defaultValue = "3", description = "Number of sources (default: ${DEFAULT-VALUE}).")
    int sources;

    @Option(
            names = "--interval",
            defaultValue = "PT30M",
            description = "Time between captures, ISO-8601 (default: ${DEFAULT-VALUE}; PT1M for every minute).")
    String interval;

    @Option(
            names = "--start",
            defaultValue = "2026-11-26T00:00:00Z",
            description = "Time of the first capture (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(
            names = "--clusters",
            defaultValue = "1",
            description =
                    "Number of clusters: more than one writes a fleet, "
                            + "a folder per cluster (cluster-a, cluster-b, ...), the k-th from seed + k (default: ${DEFAULT-VALUE}).")
    int clusters;

    @Option(
            names = "--as-documented",
            description = "Write the per-task responses as the documentation's examples "
                    + "show them, without keys DM always prints: every capture raises the same findings (a flood).")
    boolean asDocumented;

    GenerateCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        ScenarioSettings settings;
        try {
            settings = new ScenarioSettings(
                    seed, captures, tasks, sources, Duration.parse(interval), Instant.parse(start));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (clusters < 1) {
            throw new UsageException("--clusters must be at least 1");
        }
        int files = GenerateJob.fleet(
                settings, output, asDocumented ? DmJsonWriter.Style.AS_DOCUMENTED : DmJsonWriter.Style.DM, clusters);
        streams.err().println("dmreport: wrote " + files + " files under " + output);
        return ExitCode.OK.code();
    }
}
