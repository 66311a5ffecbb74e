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
@Command(name = "generate")
final class GenerateCommand implements Callable<Integer> {

    private final Streams streams;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true)
    Path output;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--captures", defaultValue = "48")
    int captures;

    @Option(names = "--tasks", defaultValue = "2")
    int tasks;

    @Option(names = "--sources", defaultValue = "3")
    int sources;

    @Option(names = "--interval", defaultValue = "PT30M")
    String interval;

    @Option(names = "--start", defaultValue = "2026-11-26T00:00:00Z")
    String start;

    @Option(names = "--clusters", defaultValue = "1")
    int clusters;

    @Option(names = "--as-documented")
    boolean asDocumented;

    @Option(names = "--api")
    boolean api;

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
        if (api && asDocumented) {
            throw new UsageException("--api and --as-documented are two ways of writing: choose one");
        }
        DmJsonWriter.Style style =
                api ? DmJsonWriter.Style.API : asDocumented ? DmJsonWriter.Style.AS_DOCUMENTED : DmJsonWriter.Style.DM;
        int files = GenerateJob.fleet(settings, output, style, clusters);
        streams.err().println("dmreport: wrote " + files + " files under " + output);
        return ExitCode.OK.code();
    }
}
