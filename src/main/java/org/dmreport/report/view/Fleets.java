package org.dmreport.report.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dmreport.analysis.Health;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.findings.Finding;
import org.dmreport.model.Problem;

/**
 * The report on several clusters: each cluster's own report, built as if it were alone, and a
 * matrix of their tasks' verdicts, the cluster with the worst verdict first.
 */
final class Fleets {

    private Fleets() {}

    /** The clusters {@code input} speaks of, in name order ("" for inputs that name none). */
    static List<String> clusters(ReportInput input) {
        Set<String> clusters = new TreeSet<>();
        input.statuses().forEach(s -> clusters.add(s.capture().cluster()));
        input.subtasks().forEach(s -> clusters.add(s.cluster()));
        input.sources().forEach(s -> clusters.add(s.cluster()));
        input.findings().forEach(f -> clusters.add(f.cluster()));
        input.problems().forEach(p -> clusters.add(p.cluster()));
        return List.copyOf(clusters);
    }

    static ReportModel build(ReportInput input, List<String> clusters) {
        Set<String> prefixes = new LinkedHashSet<>();
        List<ReportModel> reports = new ArrayList<>();
        Set<String> tasks = new TreeSet<>();
        for (String cluster : clusters) {
            String prefix =
                    ReportBuilder.unique(prefixes, Display.anchor("cluster-", cluster.isEmpty() ? "unnamed" : cluster))
                            + "-";
            ReportModel report = new ReportBuilder(of(input, cluster), cluster, prefix).model();
            report.overview().tasks().forEach(t -> tasks.add(t.name()));
            reports.add(report);
        }
        List<Ranked> ranked = new ArrayList<>();
        for (ReportModel report : reports) {
            ranked.add(new Ranked(row(report, tasks), report));
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> rank(r.row().worst()))
                .thenComparing(r -> r.row().cluster()));
        ReportBuilder whole = new ReportBuilder(input, "", "");
        return new ReportModel(
                whole.title() + " across " + clusters.size() + " clusters",
                input.generatedAt(),
                input.zone().getId(),
                "",
                "",
                whole.overview(List.of()),
                reports.stream()
                        .flatMap(r -> r.incidents().stream())
                        .sorted(Comparator.comparing(ReportModel.IncidentLine::start)
                                .thenComparing(ReportModel.IncidentLine::cluster)
                                .thenComparing(ReportModel.IncidentLine::id))
                        .toList(),
                List.of(),
                List.of(),
                List.of(),
                new ReportModel.Fleet(
                        List.copyOf(tasks),
                        ranked.stream().map(Ranked::row).toList(),
                        ranked.stream().map(Ranked::report).toList()),
                null);
    }

    /** A cluster's row in the matrix, and its report. */
    private record Ranked(ReportModel.FleetRow row, ReportModel report) {}

    /** A cluster's verdict of every task in {@code tasks}. */
    private static ReportModel.FleetRow row(ReportModel report, Set<String> tasks) {
        Map<String, ReportModel.TaskLine> byName = report.overview().tasks().stream()
                .collect(Collectors.toMap(ReportModel.TaskLine::name, Function.identity(), (a, b) -> a));
        List<ReportModel.FleetCell> cells = new ArrayList<>();
        String worst = "";
        for (String task : tasks) {
            ReportModel.TaskLine line = byName.get(task);
            if (line == null) {
                cells.add(new ReportModel.FleetCell(task, "", "", ""));
                continue;
            }
            cells.add(new ReportModel.FleetCell(task, line.verdict(), line.verdictClass(), line.anchor()));
            if (worst.isEmpty() || rank(line.verdict()) < rank(worst)) {
                worst = line.verdict();
            }
        }
        return new ReportModel.FleetRow(
                report.cluster(), report.prefix() + "overview", worst, worst.toLowerCase(Locale.ROOT), cells);
    }

    /** Where {@code verdict} (a {@link Health.Verdict}'s label) stands from the worst; a cluster without tasks comes last. */
    private static int rank(String verdict) {
        for (Health.Verdict v : Health.Verdict.values()) {
            if (v.label().equals(verdict)) {
                return v.ordinal();
            }
        }
        return Health.Verdict.values().length;
    }

    /** The part of {@code input} that concerns {@code cluster}, counted as if it were read alone. */
    private static ReportInput of(ReportInput input, String cluster) {
        List<SnapshotStatus> statuses = input.statuses().stream()
                .filter(s -> s.capture().cluster().equals(cluster))
                .toList();
        List<Problem> problems = input.problems().stream()
                .filter(p -> p.cluster().equals(cluster))
                .toList();
        List<Finding> findings = input.findings().stream()
                .filter(f -> f.cluster().equals(cluster))
                .toList();
        Set<String> files = new TreeSet<>();
        statuses.forEach(s -> files.add(s.capture().input()));
        problems.forEach(p -> files.add(p.input()));
        return new ReportInput(
                statuses,
                input.subtasks().stream()
                        .filter(s -> s.cluster().equals(cluster))
                        .toList(),
                input.sources().stream()
                        .filter(s -> s.cluster().equals(cluster))
                        .toList(),
                findings,
                input.incidents().stream()
                        .filter(i -> i.cluster().equals(cluster))
                        .toList(),
                problems,
                input.rules(),
                files.size(),
                statuses.size() + problems.size(),
                input.zone(),
                input.generatedAt(),
                input.lagThreshold());
    }
}
