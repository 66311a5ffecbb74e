package org.dmreport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.StageMachine;
import org.dmreport.app.BaselineFile;
import org.dmreport.app.CheckRequest;
import org.dmreport.app.ReadRequest;
import org.dmreport.findings.Baseline;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.input.core.ReadMode;
import org.dmreport.rules.RuleDescriptor;
import org.dmreport.rules.RuleSelection;
import org.dmreport.rules.RuleSettings;
import org.dmreport.rules.UnknownKeyRule;
import picocli.CommandLine.Option;

/** The options that choose and tune rules, shared by {@code check} and {@code report}. */
final class RuleOptions {

    @Option(
            names = "--category",
            paramLabel = "CATEGORY",
            split = ",",
            completionCandidates = Candidates.Categories.class)
    List<String> categories = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",")
    List<String> disable = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", split = ",")
    List<String> enable = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--baseline", paramLabel = "FILE")
    Path baseline;

    @Option(names = "--transitions", paramLabel = "documented|dm", defaultValue = "dm")
    StageMachine.Mode transitions;

    @Option(names = "--blocked-after", paramLabel = "DURATION", defaultValue = "10m", converter = Durations.class)
    Duration blockedAfter;

    @Option(names = "--stall-after", paramLabel = "DURATION", defaultValue = "15m", converter = Durations.class)
    Duration stallAfter;

    @Option(names = "--lag-threshold", paramLabel = "DURATION", defaultValue = "5m", converter = Durations.class)
    Duration lagThreshold;

    @Option(names = "--each")
    boolean each;

    /** The check request for {@code read}; --strict makes unknown keys errors unless --severity says otherwise. */
    CheckRequest request(ReadRequest read) throws IOException {
        RuleSettings settings = new RuleSettings(
                transitions,
                positive(blockedAfter, "--blocked-after"),
                positive(stallAfter, "--stall-after"),
                positive(lagThreshold, "--lag-threshold"));
        return new CheckRequest(read, selection(read.mode() == ReadMode.STRICT), settings, baseline(), each);
    }

    /** Parses a severity option value. */
    static Severity severity(String text, String option) {
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
    }

    private RuleSelection selection(boolean strict) {
        List<Category> parsedCategories = new ArrayList<>();
        try {
            categories.forEach(c -> parsedCategories.add(Category.parse(c)));
            Map<String, Severity> parsed = new LinkedHashMap<>();
            if (strict) {
                parsed.put(RuleDescriptor.of(UnknownKeyRule.class).id(), Severity.ERROR);
            }
            severities.forEach((rule, level) -> parsed.put(rule, severity(level, "--severity " + rule)));
            return RuleSelection.of(parsedCategories, disable, enable, parsed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
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
        return BaselineFile.read("--baseline", baseline);
    }
}
