package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.DumpStatus;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SyncStatus;
import org.dmreport.model.Where;

/** A count of rows, bytes, tables or rates below zero, which no DM counter can be. */
public final class CounterRangeRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            SyncStatus sync = s.sync();
            if (sync != null) {
                new Counters(snapshot, entry, s, sync.where(), "sync", reporter)
                        .notNegative("totalEvents", sync.totalEvents())
                        .notNegative("totalTps", sync.totalTps())
                        .notNegative("recentTps", sync.recentTps())
                        .notNegative("totalRows", sync.totalRows())
                        .notNegative("totalRps", sync.totalRps())
                        .notNegative("recentRps", sync.recentRps())
                        .notNegative("ioTotalBytes", sync.ioTotalBytes())
                        .notNegative("dumpIOTotalBytes", sync.dumpIoTotalBytes());
            }
            LoadStatus load = s.load();
            if (load != null) {
                new Counters(snapshot, entry, s, load.where(), "load", reporter)
                        .notNegative("finishedBytes", load.finishedBytes())
                        .notNegative("totalBytes", load.totalBytes())
                        .notNegative("bps", load.bps());
            }
            DumpStatus dump = s.dump();
            if (dump != null) {
                new Counters(snapshot, entry, s, dump.where(), "dump", reporter)
                        .notNegative("totalTables", dump.totalTables())
                        .notNegative("completedTables", dump.completedTables())
                        .notNegative("finishedBytes", dump.finishedBytes())
                        .notNegative("finishedRows", dump.finishedRows())
                        .notNegative("estimateTotalRows", dump.estimateTotalRows())
                        .notNegative("bps", dump.bps());
            }
        });
    }

    /** The counters of one unit of one subtask, checked one at a time (every subtask of every capture). */
    private record Counters(
            Snapshot snapshot, SourceEntry entry, SubtaskStatus subtask, Where where, String unit, Reporter reporter) {

        Counters notNegative(String key, Number value) {
            if (value != null && value.doubleValue() < 0) {
                reporter.report(
                        Walk.at(snapshot, entry, subtask, where.of(key)),
                        unit + "." + key + " is negative (" + text(value) + ")",
                        Map.of(key, text(value)));
            }
            return this;
        }
    }

    static String text(Number n) {
        if (n instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return n.toString();
    }
}
