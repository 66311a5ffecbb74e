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
            Parsed previous = null;
            for (SubtaskPoint p : life) {
                if (!"Sync".equals(p.unit()) || p.syncerBinlog() == null) {
                    continue;
                }
                Parsed current = previous != null && previous.point.syncerGtid() != null
                        && previous.point.syncerGtid().equals(p.syncerGtid())
                        && previous.point.syncerBinlog().equals(p.syncerBinlog())
                        ? new Parsed(p, previous.gtid, previous.position) : Parsed.of(p);
                if (previous != null) {
                    compare(previous, current, reporter);
                }
                previous = current;
            }
        }
    }

    /** A point with its syncer GTID set and position read once, as each is compared twice. */
    private record Parsed(SubtaskPoint point, Optional<GtidSet> gtid, Optional<BinlogPosition> position) {
        static Parsed of(SubtaskPoint p) {
            return new Parsed(p, GtidSet.parse(p.syncerGtid()), BinlogPosition.parse(p.syncerBinlog()));
        }
    }

    private static void compare(Parsed before, Parsed after, Reporter reporter) {
        Optional<GtidSet> a = before.gtid;
        Optional<GtidSet> b = after.gtid;
        if (a.isPresent() && b.isPresent() && !a.get().isEmpty() && !b.get().isEmpty()) {
            Optional<Long> lost = a == b ? Optional.of(0L) : a.get().countNotIn(b.get());
            if (lost.isPresent() && lost.get() > 0) {
                reporter.report(Lives.place(after.point, "sync/syncerBinlogGtid"), "the syncer's GTID set lost "
                        + lost.get() + " transaction(s) since " + before.point.capture().capturedAt(),
                        Map.of("before", before.point.syncerGtid(), "after", after.point.syncerGtid()));
            }
            return;
        }
        Optional<BinlogPosition> x = before.position;
        Optional<BinlogPosition> y = after.position;
        if (x.isPresent() && y.isPresent() && x.get().baseName().equals(y.get().baseName())
                && x.get().relaySuffix().equals(y.get().relaySuffix()) && y.get().compareTo(x.get()) < 0) {
            reporter.report(Lives.place(after.point, "sync/syncerBinlog"), "the syncer moved back from "
                    + before.point.syncerBinlog() + " to " + after.point.syncerBinlog() + " since "
                    + before.point.capture().capturedAt(),
                    Map.of("before", before.point.syncerBinlog(), "after", after.point.syncerBinlog()));
        }
    }
}
