package org.dmreport.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.GtidSet;

/** A syncer checkpoint that moves backwards. */
public final class PositionBackwardsRule implements Rule.OfSubtask {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("position-went-backwards", Category.TRANSITION,
            Severity.ERROR, "The syncer's position or GTID set moved backwards",
            "The Sync unit's flushed checkpoint only moves forward in one life of a subtask. A later GTID set "
                    + "that lacks transactions of an earlier one, or (without GTIDs) an earlier position in the same "
                    + "binlog series, means replayed or lost events, or captures out of order.",
            "10:00 \"syncerBinlog\": \"(bin.000002, 400)\"; 10:01 \"syncerBinlog\": \"(bin.000001, 900)\"");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SubtaskPoint> life : Lives.of(series)) {
            SubtaskPoint previous = null;
            for (SubtaskPoint p : life) {
                if (!"Sync".equals(p.unit()) || p.syncerBinlog() == null) {
                    continue;
                }
                if (previous != null) {
                    compare(previous, p, reporter);
                }
                previous = p;
            }
        }
    }

    private static void compare(SubtaskPoint before, SubtaskPoint after, Reporter reporter) {
        Optional<GtidSet> a = GtidSet.parse(before.syncerGtid());
        Optional<GtidSet> b = GtidSet.parse(after.syncerGtid());
        if (a.isPresent() && b.isPresent() && !a.get().isEmpty() && !b.get().isEmpty()) {
            Optional<Long> lost = a.get().countNotIn(b.get());
            if (lost.isPresent() && lost.get() > 0) {
                reporter.report(Lives.place(after, "sync/syncerBinlogGtid"), "the syncer's GTID set lost "
                        + lost.get() + " transaction(s) since " + before.capture().capturedAt(),
                        Map.of("before", before.syncerGtid(), "after", after.syncerGtid()));
            }
            return;
        }
        Optional<BinlogPosition> x = BinlogPosition.parse(before.syncerBinlog());
        Optional<BinlogPosition> y = BinlogPosition.parse(after.syncerBinlog());
        if (x.isPresent() && y.isPresent() && x.get().baseName().equals(y.get().baseName())
                && x.get().relaySuffix().equals(y.get().relaySuffix()) && y.get().compareTo(x.get()) < 0) {
            reporter.report(Lives.place(after, "sync/syncerBinlog"), "the syncer moved back from "
                    + before.syncerBinlog() + " to " + after.syncerBinlog() + " since " + before.capture().capturedAt(),
                    Map.of("before", before.syncerBinlog(), "after", after.syncerBinlog()));
        }
    }
}
