package org.dmreport.cli;

import java.util.Locale;
import org.dmreport.app.CheckResult;
import org.dmreport.findings.FindingCounts;
import org.dmreport.findings.Severity;
import org.dmreport.model.Printable;
import org.dmreport.rules.RuleDescriptor;
import org.dmreport.rules.UnreadableRule;

/** What {@code check} and {@code report} print on standard error after their output, and their exit code. */
final class Summaries {

    private Summaries() {}

    /** Prints warnings, stale baseline entries and the one-line summary. */
    static void print(CheckResult result, Streams streams) {
        for (String warning : result.warnings()) {
            streams.err().println("dmreport: warning: " + Printable.line(warning));
        }
        for (String stale : result.staleBaseline()) {
            streams.err().println("dmreport: baseline entry " + stale + " matched no finding (stale)");
        }
        if (result.outdatedBaseline() > 0) {
            streams.err()
                    .println("dmreport: " + result.outdatedBaseline() + " of them accept a health finding without "
                            + "naming its episode (written by an older dmreport): write the baseline again with "
                            + "--write-baseline to accept today's episodes one by one");
        }
        if (result.emptyWindow()) {
            streams.err()
                    .println("dmreport: warning: no capture lies in the window (--since/--until): "
                            + result.outsideWindow() + " input(s) found lie outside it");
        }
        if (result.statuses().isEmpty() && result.problems().isEmpty() && !result.emptyWindow()) {
            streams.err()
                    .println("dmreport: no query-status document found in "
                            + (result.inputs() == 0 ? "the inputs (no file matched)" : result.inputs() + " input(s)"));
        }
        FindingCounts counts = FindingCounts.of(result.findings());
        long baselined = counts.baselined();
        StringBuilder line = new StringBuilder(String.format(
                Locale.ROOT,
                "checked %,d document%s in %,d file%s: " + "%,d error%s, %,d warning%s, %,d info%s, %,d unreadable",
                result.documents(),
                plural(result.documents()),
                result.inputs(),
                plural(result.inputs()),
                counts.of(Severity.ERROR),
                plural(counts.of(Severity.ERROR)),
                counts.of(Severity.WARNING),
                plural(counts.of(Severity.WARNING)),
                counts.of(Severity.INFO),
                plural(counts.of(Severity.INFO)),
                result.problems().size()));
        if (baselined > 0) {
            line.append(String.format(Locale.ROOT, " (%,d baselined)", baselined));
        }
        streams.err().println(line);
        streams.err().flush();
    }

    /**
     * 3 when no document was read at all (a window with no capture in it is not that: the command
     * warned), or when an {@code unreadable-input} finding reaches {@code failOn}; else 1 when another
     * finding reaches it; else 0. With {@code report}'s default {@code --fail-on never}, one
     * half-written capture lets a daily job finish with 0; {@code check} keeps it an error.
     */
    static int exitCode(CheckResult result, Severity failOn) {
        if (result.statuses().isEmpty() && result.problems().isEmpty() && !result.emptyWindow()) {
            return ExitCode.UNREADABLE.code();
        }
        // An unreadable input is a finding like any other (--fail-on, --severity, --disable,
        // baselines decide whether it fails the run); when one does, the code says which kind.
        boolean unreadable =
                result.findings().stream().anyMatch(f -> f.ruleId().equals(UNREADABLE_INPUT) && f.fails(failOn));
        if (unreadable || result.statuses().isEmpty() && !result.emptyWindow()) {
            return ExitCode.UNREADABLE.code();
        }
        boolean failed = result.findings().stream().anyMatch(f -> f.fails(failOn));
        return failed ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /** The rule whose findings fail a run with exit 3 rather than 1. */
    private static final String UNREADABLE_INPUT =
            RuleDescriptor.of(UnreadableRule.class).id();

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
