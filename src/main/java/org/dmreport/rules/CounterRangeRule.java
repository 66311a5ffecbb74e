package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.DmVersion;
import org.dmreport.model.DumpStatus;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SyncStatus;
import org.dmreport.model.Where;

/**
 * A count of rows, bytes, tables or rates below zero, which no DM counter can be. A negative
 * {@code totalTps} of a document without the keys of DM 5.3 and later is left to
 * {@link NegativeRateRule}: before the guard of 5.3, a worker clock stepped back printed one.
 */
public final class CounterRangeRule implements Rule.OfSnapshot {

    /** The first release that guards {@code totalTps} against a clock stepped back (pingcap/dm#2115). */
    static final DmVersion RATE_GUARDED = DmVersion.of(5, 3);

    /** Whether the document's keys show a DM that guards its rate: one of 5.3 or later. */
    static boolean rateGuarded(Snapshot snapshot) {
        return snapshot.version().atLeast().compareTo(RATE_GUARDED) >= 0;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        boolean guarded = rateGuarded(snapshot);
        Walk.subtasks(snapshot, (entry, s) -> {
            SyncStatus sync = s.sync();
            if (sync != null) {
                new Counters(snapshot, entry, s, sync.where(), "sync", reporter)
                        .notNegative("totalEvents", sync.totalEvents())
                        .notNegative("totalTps", guarded ? sync.totalTps() : null)
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
