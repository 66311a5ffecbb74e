package org.dmreport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dmreport.analysis.StageMachine;
import org.dmreport.app.CheckJob;
import org.dmreport.app.CheckRequest;
import org.dmreport.app.CheckResult;
import org.dmreport.app.OutputFiles;
import org.dmreport.app.ReadRequest;
import org.dmreport.findings.Baseline;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.input.ReadMode;
import org.dmreport.report.findings.FindingsRenderers;
import org.dmreport.report.findings.FindingsView;
import org.dmreport.rules.Rule;
import org.dmreport.rules.RuleCatalog;
import org.dmreport.rules.RuleSelection;
import org.dmreport.rules.RuleSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dmreport check}: every inconsistency with its rule and place, and an exit code for CI. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Validate dumps against the JSON Schema, the consistency and transition rules, and report "
                + "health findings; exit 1 when a finding reaches --fail-on, 3 when an input is unreadable.",
            "-f and -o pair up in order: -f text -f junit -o report.xml prints text and writes JUnit."})
final class CheckCommand implements Callable<Integer> {

    private final Streams streams;

    @Mixin
    ReadingOptions reading = new ReadingOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text (default), json, junit, github or sarif; repeatable.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where the format of the same position goes (atomically); - or none is standard output.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
            description = "Exit 1 when a finding at or above this severity is found (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--category", paramLabel = "CATEGORY", split = ",",
            description = "Run only rules of these categories: input, schema, consistency, transition, health.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Do not run RULE (repeatable).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",",
            description = "Run RULE even if --category or --disable left it out (repeatable).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", description = "Give RULE's findings another severity.")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accept the findings FILE lists: counted, never failing; entries that match nothing are reported.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Write every finding of this run to FILE.")
    Path writeBaseline;

    @Option(names = "--transitions", paramLabel = "documented|dm", defaultValue = "dm",
            description = "Stage machine for transitions: the documentation's diagram, or DM's worker (default).")
    String transitions;

    @Option(names = "--blocked-after", paramLabel = "DURATION", defaultValue = "10m", converter = Durations.class,
            description = "Report a sharding DDL lock held longer than this (default: ${DEFAULT-VALUE}).")
    Duration blockedAfter;

    @Option(names = "--stall-after", paramLabel = "DURATION", defaultValue = "15m", converter = Durations.class,
            description = "Report Running without progress for longer than this (default: ${DEFAULT-VALUE}).")
    Duration stallAfter;

    @Option(names = "--lag-threshold", paramLabel = "DURATION", defaultValue = "5m", converter = Durations.class,
            description = "Report secondsBehindMaster above this (default: ${DEFAULT-VALUE}).")
    Duration lagThreshold;

    @Option(names = "--color", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Colour text output: on a terminal unless NO_COLOR is set (auto), always, or never.")
    String color;

    CheckCommand(Streams streams) {
        this.streams = streams;
    }

    @Override
    public Integer call() throws IOException {
        ReadRequest read = reading.toRequest();
        List<String> formatList = formats.isEmpty() ? List.of("text") : formats;
        for (String format : formatList) {
            if (!FindingsRenderers.FORMATS.contains(format)) {
                throw new UsageException("--format must be one of " + String.join(", ", FindingsRenderers.FORMATS)
                        + ", not '" + format + "'");
            }
        }
        if (outputs.size() > formatList.size()) {
            throw new UsageException("more --output than --format: each -o goes with the -f in the same position");
        }
        long toStdout = java.util.stream.IntStream.range(0, formatList.size())
                .filter(i -> i >= outputs.size() || outputs.get(i).equals("-")).count();
        if (toStdout > 1) {
            throw new UsageException("only one format can go to standard output; give the others an --output file");
        }
        Severity threshold = failOn.equals("never") ? null : severity(failOn, "--fail-on");
        RuleSelection selection = selection(read.mode() == ReadMode.STRICT);
        RuleSettings settings = new RuleSettings(transitions(), positive(blockedAfter, "--blocked-after"),
                positive(stallAfter, "--stall-after"), positive(lagThreshold, "--lag-threshold"));
        CheckResult result = CheckJob.run(new CheckRequest(read, selection, settings, baseline()), streams::in);

        List<String> inputs = new ArrayList<>();
        result.statuses().forEach(s -> addOnce(inputs, s.capture().input()));
        result.problems().forEach(p -> addOnce(inputs, p.input()));
        inputs.sort(null);
        FindingsView view = new FindingsView(result.findings(), result.problems(), inputs,
                RuleCatalog.all().stream().filter(selection::runs).map(Rule::descriptor).toList(), threshold,
                result.staleBaseline(), result.documents(), VersionProvider.version());
        for (int i = 0; i < formatList.size(); i++) {
            String format = formatList.get(i);
            String output = i < outputs.size() ? outputs.get(i) : "-";
            String rendered = FindingsRenderers.of(format, format.equals("text") && output.equals("-") && colored())
                    .orElseThrow().render(view);
            if (output.equals("-")) {
                streams.out().print(rendered);
                streams.out().flush();
            } else {
                OutputFiles.write(Path.of(output), rendered);
            }
        }
        if (writeBaseline != null) {
            OutputFiles.write(writeBaseline, Baseline.write(result.findings()));
        }
        summary(result, view);
        if (!result.problems().isEmpty() || (result.statuses().isEmpty() && result.problems().isEmpty())) {
            return ExitCode.UNREADABLE.code();
        }
        return view.failed() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    private void summary(CheckResult result, FindingsView view) {
        for (String warning : result.warnings()) {
            streams.err().println("dmreport: warning: " + warning);
        }
        for (String stale : result.staleBaseline()) {
            streams.err().println("dmreport: baseline entry " + stale + " matched no finding (stale)");
        }
        if (result.statuses().isEmpty() && result.problems().isEmpty()) {
            streams.err().println("dmreport: no query-status document found in "
                    + (result.inputs() == 0 ? "the inputs (no file matched)" : result.inputs() + " input(s)"));
        }
        var counts = view.counts();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "checked %,d document%s in %,d file%s: "
                        + "%,d error%s, %,d warning%s, %,d info%s, %,d unreadable",
                result.documents(), plural(result.documents()), result.inputs(), plural(result.inputs()),
                counts.get(Severity.ERROR), plural(counts.get(Severity.ERROR)),
                counts.get(Severity.WARNING), plural(counts.get(Severity.WARNING)),
                counts.get(Severity.INFO), plural(counts.get(Severity.INFO)), result.problems().size()));
        if (view.baselined() > 0) {
            line.append(String.format(Locale.ROOT, " (%,d baselined)", view.baselined()));
        }
        streams.err().println(line);
        streams.err().flush();
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    private static void addOnce(List<String> list, String item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    private boolean colored() {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> streams.terminal() && !streams.env().containsKey("NO_COLOR");
            default -> throw new UsageException("--color must be auto, always or never, not '" + color + "'");
        };
    }

    private RuleSelection selection(boolean strict) {
        List<Category> parsedCategories = new ArrayList<>();
        try {
            categories.forEach(c -> parsedCategories.add(Category.parse(c)));
            Map<String, Severity> parsed = new LinkedHashMap<>();
            if (strict) {
                parsed.put("unknown-key", Severity.ERROR);
            }
            severities.forEach((rule, level) -> parsed.put(rule, severity(level, "--severity " + rule)));
            return RuleSelection.of(parsedCategories, disable, enable, parsed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Severity severity(String text, String option) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private StageMachine.Mode transitions() {
        return switch (transitions) {
            case "documented" -> StageMachine.Mode.DOCUMENTED;
            case "dm" -> StageMachine.Mode.DM;
            default -> throw new UsageException("--transitions must be documented or dm, not '" + transitions + "'");
        };
    }

    private static Duration positive(Duration d, String option) {
        if (d.isNegative()) {
            throw new UsageException(option + " must not be negative");
        }
        return d;
    }

    private Baseline baseline() throws IOException {
        if (baseline == null) {
            return Baseline.empty();
        }
        try {
            return Baseline.parse(Files.readString(baseline, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new UsageException("--baseline " + baseline + ": no such file");
        } catch (IllegalArgumentException e) {
            throw new UsageException("--baseline " + baseline + ": " + e.getMessage());
        }
    }
}
