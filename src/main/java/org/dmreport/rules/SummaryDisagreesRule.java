package org.dmreport.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/** A summary whose status or sources differ from what the full responses of the same capture give. */
public final class SummaryDisagreesRule implements Rule.OfCapture {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("summary-disagrees", Category.CONSISTENCY,
            Severity.ERROR, "A summary contradicts the full responses of the same capture",
            "dmctl computes the summary from the very subtasks a full response shows (dm-behaviour §4). "
                    + "Captured at the same time, a task's recorded taskStatus must equal the status recomputed "
                    + "from the full response, and its sources must be the same set (the summary's task order is "
                    + "Go map order and is ignored).",
            "query-status.json: {\"tasks\": [{\"taskName\": \"t\", \"taskStatus\": \"Running\", ...}]}\n"
                    + "query-status-t.json (same time): subtask t Paused with an error");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(List<SnapshotStatus> capture, RuleSettings settings, Reporter reporter) {
        CaptureStatuses statuses = new CaptureStatuses(capture);
        statuses.recorded.forEach((task, recorded) -> {
            CaptureStatuses.Seen full = statuses.recomputed.get(task);
            if (full == null) {
                return;
            }
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("recorded", recorded.task().taskStatus());
            evidence.put("recomputed", full.task().taskStatus());
            evidence.put("fullResponse", full.snapshot().capture().input() + "#" + full.snapshot().document());
            Place place = new Place(recorded.snapshot().capture(), recorded.snapshot().document(),
                    recorded.task().origin(), task, "");
            if (!recorded.task().taskStatus().equals(full.task().taskStatus())) {
                reporter.report(place, "the summary says \"" + recorded.task().taskStatus() + "\" but the full response "
                        + "of the same capture gives \"" + full.task().taskStatus() + "\"", evidence);
            } else if (!new HashSet<>(recorded.task().sources()).equals(new HashSet<>(full.task().sources()))) {
                evidence.put("recordedSources", String.join(", ", recorded.task().sources()));
                evidence.put("recomputedSources", String.join(", ", full.task().sources()));
                reporter.report(place, "the summary lists sources " + recorded.task().sources()
                        + " but the full response of the same capture " + full.task().sources(), evidence);
            }
        });
    }
}
