package org.dmreport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.dmreport.app.OutputFiles;
import org.dmreport.app.StatusJob;
import org.dmreport.input.find.OutputTarget;
import org.dmreport.report.Renderer;
import org.dmreport.report.Renderers;
import org.dmreport.report.StatusView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dmreport status}: every snapshot's task statuses as dmctl prints or would print them. */
@Command(name = "status")
final class StatusCommand implements Callable<Integer> {

    private final Streams streams;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    WindowOptions windowing = new WindowOptions();

    @Option(
            names = {"-f", "--format"},
            paramLabel = "text|json",
            defaultValue = "text",
            completionCandidates = Candidates.StatusFormats.class)
    String format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE")
    Path outputPath;

    StatusCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        String output = outputPath == null ? null : outputPath.toString();
        if (!Renderers.STATUS.contains(format)) {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }
        List<OutputTarget> targets =
                output == null || output.equals("-") ? List.of() : List.of(new OutputTarget("-o", Path.of(output)));
        StatusJob.Outcome outcome = StatusJob.run(
                reading.toRequest(streams)
                        .within(windowing.window(ZoneOffset.UTC, Clock.systemUTC()))
                        .guarding(targets),
                streams::in);
        Renderer<StatusView> renderer = Renderers.status(format).orElseThrow();
        if (Outcomes.stopped(
                OutputFiles.write(output == null ? "-" : output, renderer.of(outcome.view()), streams.out()),
                streams)) {
            return ExitCode.USAGE.code();
        }
        return Outcomes.report(outcome.batch(), streams);
    }
}
