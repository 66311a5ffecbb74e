package org.dmreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.dmreport.analysis.HumanDuration;
import org.dmreport.app.OutputFiles;
import org.dmreport.app.ReadRequest;
import org.dmreport.app.ReadWindow;
import org.dmreport.app.ReportJob;
import org.dmreport.app.ReportRequest;
import org.dmreport.app.ReportScope;
import org.dmreport.app.ReportStyle;
import org.dmreport.findings.Severity;
import org.dmreport.input.find.OutputTarget;
import org.dmreport.report.Output;
import org.dmreport.report.Rendered;
import org.dmreport.report.ReportFormat;
import org.dmreport.report.view.Comparisons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dmreport report}: the HTML report, the Markdown digest, CSV tables and JSON. */
@Command(name = "report")
final class ReportCommand implements Callable<Integer> {

    private final Streams streams;
    private final Clock clock;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            split = ",",
            completionCandidates = Candidates.ReportFormats.class)
    List<String> formats = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "PATH")
    Path outputPath;

    @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "never")
    FailOn failOn;

    @Mixin
    WindowOptions windowing = new WindowOptions();

    @Option(names = "--lookback", paramLabel = "DURATION")
    String lookback;

    @Option(names = "--compare", paramLabel = "previous|DIR")
    String compare;

    @Option(names = "--task", paramLabel = "TASK", split = ",")
    List<String> tasks = new ArrayList<>();

    @Option(names = "--cluster", paramLabel = "CLUSTER", split = ",")
    List<String> clusters = new ArrayList<>();

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC")
    String zone;

    @Option(names = "--templates", paramLabel = "DIR")
    Path templates;

    @Option(names = "--csv-raw")
    boolean csvRaw;

    @Option(names = "--timestamp")
    boolean timestamp;

    ReportCommand(Streams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        // A Path, so that completion offers files; the rest of the command reads it as the user wrote it.
        String output = outputPath == null ? null : outputPath.toString();
        List<String> chosen =
                formats.isEmpty() ? List.of("html", "md", "csv") : List.copyOf(new LinkedHashSet<>(formats));
        for (String format : chosen) {
            if (ReportFormat.of(format).isEmpty()) {
                throw new UsageException(
                        "--format must be " + Words.or(ReportFormat.keys()) + ", not '" + format + "'");
            }
        }
        boolean oneFile = chosen.size() == 1 && !chosen.get(0).equals("csv");
        if (output == null && !oneFile) {
            throw new UsageException("several report files: give the directory to write them in with -o DIR");
        }
        if ("-".equals(output) && !oneFile) {
            throw new UsageException("only one report of one file ("
                    + Words.or(ReportFormat.keys().stream()
                            .filter(k ->
                                    ReportFormat.of(k).orElseThrow().files().size() == 1)
                            .toList())
                    + ") can go to standard output");
        }
        if (templates != null && !Files.isDirectory(templates)) {
            throw new UsageException("--templates " + templates + ": not a directory");
        }
        List<OutputTarget> targets = new ArrayList<>();
        if (output != null && !output.equals("-")) {
            Path target = Path.of(output);
            if (Files.isDirectory(target)) {
                for (String format : chosen) {
                    ReportFormat.of(format)
                            .orElseThrow()
                            .files()
                            .forEach(name -> targets.add(new OutputTarget("-o", target.resolve(name))));
                }
            } else {
                targets.add(new OutputTarget("-o", target));
            }
        }
        Severity threshold = failOn.threshold();
        ReadWindow window = windowing.window(zone(), clock, lookback);
        Instant from = window.since();
        Instant to = window.until();
        ReadRequest read = reading.toRequest(streams).guarding(targets);
        ReportRequest request = new ReportRequest(
                rules.request(read.within(window)),
                new ReportScope(new LinkedHashSet<>(tasks), new LinkedHashSet<>(clusters)),
                new ReportStyle(zone(), templates, csvRaw, generatedAt()),
                chosen,
                output == null ? "-" : output,
                comparison(read, window));
        try (ReportJob.Outcome outcome = ReportJob.run(request, streams::in)) {
            for (String cluster : new TreeSet<>(clusters)) {
                if (outcome.check().statuses().stream()
                        .noneMatch(s -> s.capture().cluster().equals(cluster))) {
                    streams.err()
                            .println("dmreport: warning: --cluster '" + cluster + "': no document of this cluster was "
                                    + "read: the report shows none of it");
                }
            }
            if (window.bounded()
                    && !outcome.check().emptyWindow()
                    && outcome.check().statuses().stream()
                            .noneMatch(s -> window.contains(s.capture().capturedAt()))) {
                streams.err()
                        .println("dmreport: warning: no capture lies between " + (from == null ? "the first" : from)
                                + " and " + (to == null ? "the last" : to)
                                + " (--since/--until): the report shows none");
            }
            Map<String, Output> files = outcome.files();
            Rendered rendered;
            if (oneFile && (request.output().equals("-") || !Files.isDirectory(Path.of(request.output())))) {
                rendered = OutputFiles.write(
                        request.output(), files.values().iterator().next(), streams.out());
            } else {
                Path dir = Path.of(request.output());
                rendered = ReportJob.write(
                        dir,
                        files,
                        request.check().read().threads(),
                        () -> streams.err()
                                .println("dmreport: waiting for another run that is writing a report in " + dir));
                if (rendered.whole()) {
                    streams.err().println("dmreport: wrote " + String.join(", ", files.keySet()) + " in " + dir);
                }
            }
            if (Outcomes.stopped(rendered, streams)) {
                return ExitCode.USAGE.code();
            }
            Summaries.print(outcome.check(), streams);
            return Summaries.exitCode(outcome.check(), threshold);
        }
    }

    private ZoneId zone() {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UsageException("--zone " + zone + ": not a time zone (write UTC, +08:00 or Asia/Shanghai)");
        }
    }

    /**
     * What {@code --compare} asks for: {@code previous}, the window of the same length just before
     * the asked one (it ends now when {@code --until} is not given); or a folder or file of other
     * captures, read whole. Null without the option.
     */
    private ReportRequest.Compare comparison(ReadRequest read, ReadWindow window) {
        if (compare == null) {
            return null;
        }
        if (compare.equals("previous")) {
            if (window.since() == null) {
                throw new UsageException("--compare previous: give the window with --since (and --until); the previous "
                        + "window is the one of the same length just before it");
            }
            Instant end = window.until() == null ? clock.instant() : window.until();
            Duration length = Duration.between(window.since(), end);
            if (length.isNegative() || length.isZero()) {
                throw new UsageException("--compare previous: the window from --since to --until is empty");
            }
            ReadWindow previous =
                    new ReadWindow(window.since().minus(length), window.since().minusNanos(1), window.lookback());
            return new ReportRequest.Compare(
                    Comparisons.Against.PREVIOUS, read.within(previous), "the previous " + HumanDuration.of(length));
        }
        if (!Files.exists(Path.of(compare))) {
            throw new UsageException("--compare " + compare
                    + ": no such file or folder; write previous or the captures to compare with");
        }
        return new ReportRequest.Compare(
                Comparisons.Against.CAPTURES, read.reading(List.of(compare)), "the captures in " + compare);
    }

    /** SOURCE_DATE_EPOCH when set, else the clock when --timestamp asks for it, else nothing. */
    private Instant generatedAt() {
        String epoch = streams.env().get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                throw new UsageException("SOURCE_DATE_EPOCH must be seconds since 1970, not '" + epoch + "'");
            }
        }
        return timestamp ? clock.instant().truncatedTo(ChronoUnit.SECONDS) : null;
    }
}
