package org.dmreport.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.dmreport.app.CheckJob;
import org.dmreport.app.CheckRequest;
import org.dmreport.app.CheckResult;
import org.dmreport.app.OutputFiles;
import org.dmreport.app.ReadRequest;
import org.dmreport.findings.Baseline;
import org.dmreport.findings.Severity;
import org.dmreport.input.find.OutputTarget;
import org.dmreport.report.Renderer;
import org.dmreport.report.Renderers;
import org.dmreport.report.findings.FindingsView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dmreport check}: every inconsistency with its rule and place, and an exit code for CI. */
@Command(name = "check")
final class CheckCommand implements Callable<Integer> {

    private final Streams streams;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    WindowOptions windowing = new WindowOptions();

    @Option(names = "--lookback", paramLabel = "DURATION")
    String lookback;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            completionCandidates = Candidates.CheckFormats.class)
    List<String> formats = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE")
    List<Path> outputPaths = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error")
    FailOn failOn;

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--write-baseline", paramLabel = "FILE")
    Path writeBaseline;

    @Option(names = "--docs-url", paramLabel = "URL")
    String docsUrl;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto")
    Color color;

    CheckCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        List<String> outputs = outputPaths.stream().map(Path::toString).toList();
        ReadRequest read = reading.toRequest(streams);
        List<String> formatList = formats.isEmpty() ? List.of("text") : formats;
        for (String format : formatList) {
            if (!Renderers.CHECK.contains(format)) {
                throw new UsageException(
                        "--format must be one of " + String.join(", ", Renderers.CHECK) + ", not '" + format + "'");
            }
        }
        if (outputs.size() > formatList.size()) {
            throw new UsageException("more --output than --format: each -o goes with the -f in the same position");
        }
        long toStdout = IntStream.range(0, formatList.size())
                .filter(i -> i >= outputs.size() || outputs.get(i).equals("-"))
                .count();
        if (toStdout > 1) {
            throw new UsageException("only one format can go to standard output; give the others an --output file");
        }
        List<OutputTarget> targets = new ArrayList<>();
        for (String output : outputs) {
            if (!output.equals("-")) {
                targets.add(new OutputTarget("-o", Path.of(output)));
            }
        }
        if (writeBaseline != null) {
            targets.add(new OutputTarget("--write-baseline", writeBaseline));
        }
        String docs = docsUrl();
        Severity threshold = failOn.threshold();
        CheckRequest request = rules.request(read.within(windowing.window(ZoneOffset.UTC, Clock.systemUTC(), lookback))
                .guarding(targets));
        List<Renderer<FindingsView>> renderers = new ArrayList<>();
        for (int i = 0; i < formatList.size(); i++) {
            String format = formatList.get(i);
            String output = i < outputs.size() ? outputs.get(i) : "-";
            Renderer<FindingsView> renderer = Renderers.check(
                            format, format.equals("text") && output.equals("-") && color.on(streams))
                    .orElseThrow();
            renderer.prepare();
            renderers.add(renderer);
        }
        try (CheckResult result = CheckJob.run(request, streams::in)) {

            SortedSet<String> inputs = new TreeSet<>();
            result.statuses().forEach(s -> inputs.add(s.capture().input()));
            result.problems().forEach(p -> inputs.add(p.input()));
            FindingsView view = new FindingsView(
                    result.findings(),
                    result.problems(),
                    List.copyOf(inputs),
                    request.selection().descriptors(),
                    threshold,
                    result.staleBaseline(),
                    result.documents(),
                    VersionProvider.version(),
                    docs);
            for (int i = 0; i < renderers.size(); i++) {
                String output = i < outputs.size() ? outputs.get(i) : "-";
                if (Outcomes.stopped(OutputFiles.write(output, renderers.get(i).of(view), streams.out()), streams)) {
                    return ExitCode.USAGE.code();
                }
            }
            if (writeBaseline != null) {
                OutputFiles.write(writeBaseline, Baseline.write(result.findings()));
                int[] counts = Baseline.counts(result.findings());
                streams.err()
                        .println("dmreport: wrote " + writeBaseline + ": " + counts[0]
                                + " document and consistency finding(s), accepted while they last; " + counts[1]
                                + " health episode(s), accepted one by one (a later episode is new)");
            }
            Summaries.print(result, streams);
            return Summaries.exitCode(result, threshold);
        }
    }

    /** The rule catalogue's address without a fragment, or "" when none was given. */
    private String docsUrl() {
        if (docsUrl == null) {
            return "";
        }
        try {
            URI uri = new URI(docsUrl);
            if (!uri.isAbsolute()
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    || uri.getHost() == null) {
                throw new UsageException("--docs-url must be an absolute http or https URL, not '" + docsUrl + "'");
            }
            int fragment = docsUrl.indexOf('#');
            return fragment < 0 ? docsUrl : docsUrl.substring(0, fragment);
        } catch (URISyntaxException e) {
            throw new UsageException("--docs-url '" + docsUrl + "' is not a URL: " + e.getReason());
        }
    }
}
