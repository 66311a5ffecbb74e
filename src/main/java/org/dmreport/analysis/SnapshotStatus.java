package org.dmreport.analysis;

import java.util.ArrayList;
import java.util.List;
import org.dmreport.model.Capture;
import org.dmreport.model.DmVersionRange;
import org.dmreport.model.DocumentKind;
import org.dmreport.model.FailedQuery;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Note;
import org.dmreport.model.Printer;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SummaryResponse;

/**
 * What {@code dmreport status} says of one snapshot: the task statuses dmctl prints or would print,
 * and what is unknown. Small enough to keep for every capture of a long series.
 *
 * @param unanswered sources whose entry has {@code result: false}: their tasks' state is unknown
 * @param message    the top-level {@code msg} of a failed query, else ""
 */
public record SnapshotStatus(
        Capture capture,
        int document,
        DocumentKind kind,
        Printer printer,
        DmVersionRange version,
        boolean partial,
        List<Note> notes,
        List<TaskStatus> tasks,
        List<String> unanswered,
        String message) {

    public SnapshotStatus {
        notes = List.copyOf(notes);
        tasks = List.copyOf(tasks);
        unanswered = List.copyOf(unanswered);
    }

    private static SnapshotStatus of(Snapshot s, List<TaskStatus> tasks, List<String> unanswered, String message) {
        return new SnapshotStatus(
                s.capture(),
                s.document(),
                s.kind(),
                s.response() instanceof FullResponse full ? full.printer() : Printer.DMCTL,
                s.version(),
                s.partial(),
                s.notes(),
                tasks,
                unanswered,
                message);
    }

    /** Computes the status view of {@code snapshot}. */
    public static SnapshotStatus of(Snapshot snapshot) {
        if (snapshot.response() instanceof FullResponse full) {
            List<String> unanswered = new ArrayList<>();
            for (SourceEntry entry : full.sources()) {
                if (!entry.result() && !unanswered.contains(entry.source())) {
                    unanswered.add(entry.source());
                }
            }
            return of(snapshot, DmctlStatusRule.of(full), unanswered, "");
        }
        if (snapshot.response() instanceof SummaryResponse summary) {
            return of(snapshot, DmctlStatusRule.of(summary), List.of(), "");
        }
        FailedQuery failed = (FailedQuery) snapshot.response();
        return of(snapshot, List.of(), List.of(), failed.msg() == null ? "" : failed.msg());
    }
}
