package org.dmreport.report.findings;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Fingerprints;
import org.dmreport.findings.Folding;
import org.dmreport.findings.Severity;
import org.dmreport.model.Problem;
import org.dmreport.report.JsonStream;
import org.dmreport.report.Rendered;
import org.dmreport.rules.RuleDescriptor;
import org.dmreport.rules.UnreadableRule;
import tools.jackson.databind.node.ObjectNode;

/**
 * GitLab's Code Quality report (the Code Climate issue format GitLab reads as a {@code codequality}
 * artifact): an array with one issue per finding a baseline has not accepted, each with
 * {@code description}, {@code check_name} (the rule), a {@code fingerprint} unique in the report and
 * stable between runs over the same captures, {@code severity}, and {@code location.path} (relative to
 * the working directory, as GitLab wants it relative to the project) with {@code lines.begin}.
 * Severities: error is {@code critical}, warning {@code major}, info {@code info}.
 */
public final class CodeClimateRenderer implements FindingsRenderer {

    @Override
    public void prepare() {
        JsonStream.Ahead.build();
    }

    private static final String UNREADABLE =
            RuleDescriptor.of(UnreadableRule.class).id();

    @Override
    public Rendered render(FindingsView view, Writer out) throws IOException {
        Set<String> used = new HashSet<>();
        // An input that could not be read is an issue too, also when its rule was not run.
        Set<String> reported = new HashSet<>();
        view.findings().stream()
                .filter(f -> f.ruleId().equals(UNREADABLE))
                .forEach(f -> reported.add(f.input() + "\0" + f.line()));
        List<Problem> unreported = view.problems().stream()
                .filter(p -> !reported.contains(p.input() + "\0" + p.line()))
                .toList();
        JsonStream.write(out, json -> {
            json.writeStartArray();
            for (Finding f : view.active()) {
                json.writeTree(issue(f, used));
            }
            for (Problem p : unreported) {
                json.writeTree(problem(p, used));
            }
            json.writeEndArray();
        });
        return Rendered.WHOLE;
    }

    /** GitLab's word for a severity. */
    static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "info";
        };
    }

    private static ObjectNode issue(Finding f, Set<String> used) {
        return issue(
                f.ruleId(),
                f.message() + Folding.note(f),
                Fingerprints.of(
                        f.fingerprint(),
                        f.input(),
                        Integer.toString(f.document()),
                        f.pointer(),
                        Integer.toString(f.line())),
                severity(f.severity()),
                f.input(),
                f.line(),
                used);
    }

    private static ObjectNode problem(Problem p, Set<String> used) {
        return issue(
                UNREADABLE,
                p.message(),
                Fingerprints.of(UNREADABLE, p.input(), Integer.toString(p.line()), Integer.toString(p.column())),
                severity(Severity.ERROR),
                p.input(),
                p.line(),
                used);
    }

    /** One issue; a fingerprint already used in this report is hashed again until it is not. */
    private static ObjectNode issue(
            String check,
            String message,
            String fingerprint,
            String severity,
            String input,
            int line,
            Set<String> used) {
        ObjectNode n = JsonStream.MAPPER.createObjectNode();
        n.put("description", check + ": " + message);
        n.put("check_name", check);
        String unique = fingerprint;
        for (int k = 2; !used.add(unique); k++) {
            unique = Fingerprints.of(fingerprint, Integer.toString(k));
        }
        n.put("fingerprint", unique);
        n.put("severity", severity);
        ObjectNode location = n.putObject("location");
        location.put("path", projectPath(input));
        location.putObject("lines").put("begin", Math.max(1, line));
        return n;
    }

    /** The input relative to the working directory where it lies below it; {@code -} for standard input as is. */
    static String projectPath(String input) {
        Path path = Path.of(input);
        if (!path.isAbsolute()) {
            return path.normalize().toString();
        }
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : input;
    }
}
