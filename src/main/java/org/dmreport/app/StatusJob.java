package org.dmreport.app;

import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.report.StatusView;

/** {@code dmreport status}: read every input and compute each snapshot's task statuses. */
public final class StatusJob {

    private StatusJob() {}

    /** The view to render, and the batch it came from (for counts and problems). */
    public record Outcome(StatusView view, Batch<SnapshotStatus> batch) {}

    /**
     * Reads and computes; with a window, only the snapshots in it are shown (the capture read before
     * it, for the state at its start, is not: status has no state to carry).
     */
    public static Outcome run(ReadRequest request, Supplier<InputStream> stdin) {
        Batch<SnapshotStatus> batch = Ingest.run(request, stdin, SnapshotStatus::of);
        List<SnapshotStatus> shown = request.window().bounded()
                ? batch.items().stream()
                        .filter(s -> request.window().contains(s.capture().capturedAt()))
                        .toList()
                : batch.items();
        return new Outcome(new StatusView(shown, batch.problems()), batch);
    }
}
