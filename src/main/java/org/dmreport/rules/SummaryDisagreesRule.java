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
            Severity.WARNING, "A summary contradicts the full responses of the same capture",
            "dmctl computes the summary from the very subtasks a full response shows (dm-behaviour §4), but it "
                    + "prints either the summary or the full response in one call: two files of one capture folder "
                    + "are two calls, seconds apart. Between them a subtask can pause on an error, auto-resume "
                    + "(which acts every 5 s) can resume it, and an operator or a failover can move it, so the "
                    + "recorded taskStatus and the status recomputed from the full response may differ. A "
                    + "difference that persists across captures is worth a look; one capture alone usually means a "
                    + "change between the two calls. Sources are compared as sets (the summary's order is Go map "
                    + "order); DM 1.0.x summaries list workers by host:port (taskCorrespondingWorkers), so they are "
                    + "compared with the full response's workers[].worker instead.",
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
                        + "of the same capture gives \"" + full.task().taskStatus() + "\" (the task changed between "
                        + "the two calls?)", evidence);
                return;
            }
            boolean byWorker = !recorded.task().workers().isEmpty();
            List<String> listed = byWorker ? recorded.task().workers() : recorded.task().sources();
            List<String> shown = byWorker ? full.task().workers() : full.task().sources();
            if (!new HashSet<>(listed).equals(new HashSet<>(shown))) {
                String what = byWorker ? "workers" : "sources";
                evidence.put(byWorker ? "recordedWorkers" : "recordedSources", String.join(", ", listed));
                evidence.put(byWorker ? "recomputedWorkers" : "recomputedSources", String.join(", ", shown));
                reporter.report(place, "the summary lists " + what + " " + listed
                        + " but the full response of the same capture " + shown, evidence);
            }
        });
    }
}
