package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.model.DocumentKind;

/** The task statuses of one capture time, split into what summaries recorded and what full responses give. */
final class CaptureStatuses {

    /** A task status and the snapshot it comes from. */
    record Seen(SnapshotStatus snapshot, TaskStatus task) {}

    final Map<String, Seen> recorded = new LinkedHashMap<>();
    final Map<String, Seen> recomputed = new LinkedHashMap<>();
    final List<SnapshotStatus> summaries;
    /** Whether a full response of several tasks, all of whose sources answered, is among them. */
    final boolean completeMultiTask;

    CaptureStatuses(List<SnapshotStatus> capture) {
        this.summaries = capture.stream()
                .filter(s -> s.kind() == DocumentKind.SUMMARY && !s.partial())
                .toList();
        boolean complete = false;
        for (SnapshotStatus s : capture) {
            if (s.partial()) {
                continue;
            }
            if (s.kind() == DocumentKind.SUMMARY) {
                s.tasks().forEach(t -> recorded.putIfAbsent(t.taskName(), new Seen(s, t)));
            } else if (s.kind() == DocumentKind.FULL) {
                for (TaskStatus t : s.tasks()) {
                    if (t.unknownSources().isEmpty() && !t.taskStatus().equals(TaskStatus.UNKNOWN)) {
                        recomputed.putIfAbsent(t.taskName(), new Seen(s, t));
                    }
                }
                complete |= s.tasks().size() >= 2 && s.unanswered().isEmpty();
            }
        }
        this.completeMultiTask = complete;
    }
}
