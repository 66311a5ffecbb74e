package org.dmreport.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SnapshotStatus;

/** A summary whose status or sources differ from what the full responses of the same capture give. */
public final class SummaryDisagreesRule implements Rule.OfCapture {

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
            evidence.put(
                    "fullResponse",
                    full.snapshot().capture().input() + "#" + full.snapshot().document());
            Place place = new Place(
                    recorded.snapshot().capture(),
                    recorded.snapshot().document(),
                    recorded.task().origin(),
                    task,
                    "");
            if (!recorded.task().taskStatus().equals(full.task().taskStatus())) {
                reporter.report(
                        place,
                        "the summary says \"" + recorded.task().taskStatus() + "\" but the full response "
                                + "of the same capture gives \"" + full.task().taskStatus()
                                + "\" (the task changed between "
                                + "the two calls?)",
                        evidence);
                return;
            }
            boolean byWorker = !recorded.task().workers().isEmpty();
            List<String> listed =
                    byWorker ? recorded.task().workers() : recorded.task().sources();
            List<String> shown = byWorker ? full.task().workers() : full.task().sources();
            if (!new HashSet<>(listed).equals(new HashSet<>(shown))) {
                String what = byWorker ? "workers" : "sources";
                evidence.put(byWorker ? "recordedWorkers" : "recordedSources", String.join(", ", listed));
                evidence.put(byWorker ? "recomputedWorkers" : "recomputedSources", String.join(", ", shown));
                reporter.report(
                        place,
                        "the summary lists " + what + " " + listed + " but the full response of the same capture "
                                + shown,
                        evidence);
            }
        });
    }
}
