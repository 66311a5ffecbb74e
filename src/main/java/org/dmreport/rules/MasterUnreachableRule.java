package org.dmreport.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.HumanDuration;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.findings.Episode;
import org.dmreport.model.NoteKind;
import org.dmreport.model.Origin;

/**
 * Captures whose file holds dmctl's failure text instead of a document: the DM master did not
 * answer {@code query-status} (dm-behaviour §9), so every task of the cluster was unknown then. One
 * finding per run of such captures in a row, as an episode of the whole cluster.
 */
public final class MasterUnreachableRule implements Rule.OfHistory {

    @Override
    public void check(List<SnapshotStatus> history, RuleSettings settings, Reporter reporter) {
        List<SnapshotStatus> run = new ArrayList<>();
        for (SnapshotStatus s : history) {
            if (unanswered(s)) {
                run.add(s);
            } else if (!run.isEmpty()
                    && !s.capture().capturedAt().equals(last(run).capture().capturedAt())) {
                report(run, reporter);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            report(run, reporter);
        }
    }

    private static boolean unanswered(SnapshotStatus s) {
        return s.notes().stream().anyMatch(n -> n.kind() == NoteKind.DMCTL_FAILURE);
    }

    private static SnapshotStatus last(List<SnapshotStatus> run) {
        return run.get(run.size() - 1);
    }

    private static void report(List<SnapshotStatus> run, Reporter reporter) {
        SnapshotStatus first = run.get(0);
        SnapshotStatus last = last(run);
        long captures =
                run.stream().map(s -> s.capture().capturedAt()).distinct().count();
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("from", String.valueOf(first.capture().capturedAt()));
        evidence.put("until", String.valueOf(last.capture().capturedAt()));
        evidence.put("captures", Long.toString(captures));
        evidence.put("dmctl", first.message());
        Duration lasted =
                Duration.between(first.capture().capturedAt(), last.capture().capturedAt());
        reporter.report(
                Place.of(first.capture(), first.document(), new Origin("", 1, 1)),
                "the DM master did not answer query-status (dmctl: " + first.message() + ")"
                        + (captures < 2 ? "" : " (for " + HumanDuration.of(lasted) + ", " + captures + " captures)"),
                evidence,
                Lives.episode(Episode.Kind.MASTER_UNREACHABLE, first.capture(), last.capture()));
    }
}
