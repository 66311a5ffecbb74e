package org.dmreport.rules;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.model.DocumentKind;

/** A summary status change that the subtasks' changes do not explain. */
public final class UnexplainedSummaryChangeRule implements Rule.OfHistory {

    @Override
    public void check(List<SnapshotStatus> history, RuleSettings settings, Reporter reporter) {
        Map<String, TreeMap<Instant, CaptureStatuses.Seen>> summaries = new TreeMap<>();
        Map<String, TreeMap<Instant, String>> recomputed = new TreeMap<>();
        for (SnapshotStatus s : history) {
            Instant time = s.capture().capturedAt();
            if (time == null || s.partial()) {
                continue;
            }
            for (TaskStatus t : s.tasks()) {
                if (s.kind() == DocumentKind.SUMMARY) {
                    summaries
                            .computeIfAbsent(t.taskName(), k -> new TreeMap<>())
                            .putIfAbsent(time, new CaptureStatuses.Seen(s, t));
                } else if (t.unknownSources().isEmpty()) {
                    recomputed
                            .computeIfAbsent(t.taskName(), k -> new TreeMap<>())
                            .putIfAbsent(time, t.taskStatus());
                }
            }
        }
        summaries.forEach((task, series) -> {
            TreeMap<Instant, String> full = recomputed.getOrDefault(task, new TreeMap<>());
            CaptureStatuses.Seen previous = null;
            for (Map.Entry<Instant, CaptureStatuses.Seen> e : series.entrySet()) {
                CaptureStatuses.Seen current = e.getValue();
                if (previous != null
                        && !previous.task().taskStatus().equals(current.task().taskStatus())) {
                    String before = full.get(previous.snapshot().capture().capturedAt());
                    String after = full.get(e.getKey());
                    if (before != null && before.equals(after)) {
                        Map<String, String> evidence = new LinkedHashMap<>();
                        evidence.put("from", previous.task().taskStatus());
                        evidence.put("to", current.task().taskStatus());
                        evidence.put("subtasks", before);
                        evidence.put(
                                "since",
                                previous.snapshot().capture().capturedAt().toString());
                        reporter.report(
                                new Place(
                                        current.snapshot().capture(),
                                        current.snapshot().document(),
                                        current.task().origin(),
                                        task,
                                        ""),
                                "the summary changed from \""
                                        + previous.task().taskStatus() + "\" to \""
                                        + current.task().taskStatus()
                                        + "\" while the full responses stayed \"" + before + "\"",
                                evidence);
                    }
                }
                previous = current;
            }
        });
    }
}
