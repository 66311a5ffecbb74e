package org.dmreport.app;

import java.io.InputStream;
import java.util.function.Supplier;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.report.StatusView;

/** {@code dmreport status}: read every input and compute each snapshot's task statuses. */
public final class StatusJob {

    private StatusJob() {}

    /** The view to render, and the batch it came from (for counts and problems). */
    public record Outcome(StatusView view, Batch<SnapshotStatus> batch) {}

    public static Outcome run(ReadRequest request, Supplier<InputStream> stdin) {
        Batch<SnapshotStatus> batch = Ingest.run(request, stdin, SnapshotStatus::of);
        return new Outcome(new StatusView(batch.items(), batch.problems()), batch);
    }
}
