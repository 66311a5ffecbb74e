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

/**
 * A syncer checkpoint that moves backwards within one history of a subtask. DM moves it back only on
 * an operator's request or an upstream change, both of which the captures may not show.
 */
public final class PositionBackwardsRule implements Rule.OfSubtask {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("position-went-backwards", Category.TRANSITION,
            Severity.WARNING, "The syncer's position or GTID set moved backwards",
            "The Sync unit's flushed checkpoint moves forward on its own; resume and error rollback do not move "
                    + "it. It moves back when someone asks: OpenAPI startTask with remove_meta or start_time applied "
                    + "to an existing subtask forces the checkpoint (setGlobalPointByTime -> "
                    + "SaveGlobalPointForcibly), and stop-task followed by start-task --remove-meta between two "
                    + "captures leaves no trace in them. An upstream RESET MASTER or failover renumbers the binlog. "
                    + "Otherwise it means replayed or lost events, or captures out of order. A later GTID set that "
                    + "lacks transactions of an earlier one, or (without GTIDs) an earlier position in the same "
                    + "binlog series and relay suffix, is reported (dm-behaviour §8).",
            "10:00 \"syncerBinlog\": \"(bin.000002, 400)\"; 10:01 \"syncerBinlog\": \"(bin.000001, 900)\"");

    private static final String WHY = " (remove_meta or start_time applied to the task, or an upstream RESET "
            + "MASTER or failover?)";

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SubtaskPoint> life : Lives.histories(series)) {
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
                        + lost.get() + " transaction(s) since " + before.point.capture().capturedAt() + WHY,
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
                    + before.point.capture().capturedAt() + WHY,
                    Map.of("before", before.point.syncerBinlog(), "after", after.point.syncerBinlog()));
        }
    }
}
