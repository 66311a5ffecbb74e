package org.dmreport.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dmreport.analysis.Runner;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.analysis.StoredSeries;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Finding;
import org.dmreport.model.Problem;
import org.dmreport.model.Snapshot;
import org.dmreport.model.TimeSource;

/**
 * Runs the selected rules over what they read and makes findings of what they report. Each method
 * is pure and thread-safe; callers merge and sort the results.
 */
public final class RuleEngine {

    private final RuleSelection selection;
    private final RuleSettings settings;
    /** The selected rules, listed once: they are walked for every document. */
    private final List<Rule> selected;

    public RuleEngine(RuleSelection selection, RuleSettings settings) {
        this.selection = selection;
        this.settings = settings;
        this.selected = selection.rules();
    }

    /** Findings about inputs or documents that could not be read. */
    public List<Finding> problems(List<Problem> problems) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : selected) {
            if (rule instanceof Rule.OfProblem r) {
                problems.forEach(p -> r.check(p, collect(rule, findings)));
            }
        }
        return findings;
    }

    /** Findings within one document. */
    public List<Finding> snapshot(Snapshot snapshot) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : selected) {
            if (rule instanceof Rule.OfSnapshot r) {
                r.check(snapshot, settings, collect(rule, findings));
            }
        }
        return findings;
    }

    /**
     * Findings across documents: per capture, and over each cluster's history. Documents belong to
     * one capture when they describe one cluster and their paths carry the same timestamp;
     * modification times are too loose to say that two files were captured together, so such
     * documents make no capture with others.
     */
    public List<Finding> captures(List<SnapshotStatus> statuses) {
        Map<String, Map<Instant, List<SnapshotStatus>>> byTime = new TreeMap<>();
        Map<String, List<SnapshotStatus>> histories = new TreeMap<>();
        for (SnapshotStatus s : statuses) {
            if (s.capture().capturedAt() != null) {
                String cluster = s.capture().cluster();
                if (s.capture().timeSource() == TimeSource.PATH) {
                    byTime.computeIfAbsent(cluster, k -> new TreeMap<>())
                            .computeIfAbsent(s.capture().capturedAt(), k -> new ArrayList<>())
                            .add(s);
                }
                histories.computeIfAbsent(cluster, k -> new ArrayList<>()).add(s);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : selected) {
            if (rule instanceof Rule.OfCapture r) {
                byTime.values()
                        .forEach(ofCluster ->
                                ofCluster.values().forEach(group -> r.check(group, settings, collect(rule, findings))));
            } else if (rule instanceof Rule.OfHistory r) {
                histories.values().forEach(history -> r.check(history, settings, collect(rule, findings)));
            }
        }
        return findings;
    }

    /**
     * Findings over subtasks and sources across captures, in rule order, then series order. Each
     * subtask series is loaded once for all the rules that read it; {@code runner} runs the series.
     */
    public List<Finding> series(List<StoredSeries> subtasks, List<SourceSeries> sources, Runner runner) {
        List<Rule> rules = selected;
        List<Supplier<List<List<Finding>>>> checks = new ArrayList<>();
        for (StoredSeries stored : subtasks) {
            checks.add(() -> {
                SubtaskSeries series = stored.load();
                return byRule(
                        rules,
                        r -> r instanceof Rule.OfSubtask s ? (reporter -> s.check(series, settings, reporter)) : null);
            });
        }
        for (SourceSeries series : sources) {
            checks.add(() -> byRule(
                    rules,
                    r -> r instanceof Rule.OfSource s ? (reporter -> s.check(series, settings, reporter)) : null));
        }
        List<List<List<Finding>>> results = runner.run(checks);
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < rules.size(); k++) {
            for (List<List<Finding>> ofSeries : results) {
                findings.addAll(ofSeries.get(k));
            }
        }
        return findings;
    }

    /** For each rule, what {@code check} makes it report on one series (nothing when it gives no check). */
    private List<List<Finding>> byRule(List<Rule> rules, Function<Rule, Consumer<Reporter>> check) {
        List<List<Finding>> byRule = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            Consumer<Reporter> run = check.apply(rule);
            List<Finding> findings = run == null ? List.of() : new ArrayList<>(0);
            if (run != null) {
                run.accept(collect(rule, findings));
            }
            byRule.add(findings);
        }
        return byRule;
    }

    private Reporter collect(Rule rule, List<Finding> findings) {
        RuleDescriptor d = rule.descriptor();
        return (place, message, evidence, episode) -> findings.add(new Finding(
                d.id(),
                selection.severity(d),
                d.category(),
                place.capture().input(),
                place.capture().cluster(),
                place.document(),
                place.capture().capturedAt(),
                place.origin().pointer(),
                place.origin().line(),
                place.origin().column(),
                place.task(),
                place.source(),
                message,
                evidence,
                false,
                1,
                null,
                episode,
                ""));
    }
}
