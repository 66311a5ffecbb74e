package org.dmreport.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.GtidSet;
import org.dmreport.model.Unit;

/**
 * A syncer checkpoint that moves backwards within one history of a subtask. DM moves it back only on
 * an operator's request or an upstream change, both of which the captures may not show.
 */
public final class PositionBackwardsRule implements Rule.OfSubtask {

    private static final String WHY =
            " (remove_meta or start_time applied to the task, or an upstream RESET " + "MASTER or failover?)";

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SubtaskPoint> life : Lives.histories(series)) {
            Parsed previous = null;
            for (SubtaskPoint p : life) {
                if (!Unit.Sync.is(p.unit()) || p.syncerBinlog() == null) {
                    continue;
                }
                Parsed current = previous != null
                                && previous.point.syncerGtid() != null
                                && previous.point.syncerGtid().equals(p.syncerGtid())
                                && previous.point.syncerBinlog().equals(p.syncerBinlog())
                        ? new Parsed(p, previous.gtid, previous.position)
                        : Parsed.of(p);
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
                reporter.report(
                        Lives.place(after.point, "sync/syncerBinlogGtid"),
                        "the syncer's GTID set lost " + lost.get() + " transaction(s) since "
                                + before.point.capture().capturedAt() + WHY,
                        Map.of("before", before.point.syncerGtid(), "after", after.point.syncerGtid()));
            }
            return;
        }
        Optional<BinlogPosition> x = before.position;
        Optional<BinlogPosition> y = after.position;
        if (x.isPresent()
                && y.isPresent()
                && x.get().baseName().equals(y.get().baseName())
                && x.get().relaySuffix().equals(y.get().relaySuffix())
                && y.get().compareTo(x.get()) < 0) {
            reporter.report(
                    Lives.place(after.point, "sync/syncerBinlog"),
                    "the syncer moved back from "
                            + before.point.syncerBinlog() + " to " + after.point.syncerBinlog() + " since "
                            + before.point.capture().capturedAt() + WHY,
                    Map.of("before", before.point.syncerBinlog(), "after", after.point.syncerBinlog()));
        }
    }
}
