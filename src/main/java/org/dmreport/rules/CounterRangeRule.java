package org.dmreport.rules;

import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.DumpStatus;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SyncStatus;

/** A counter below zero, or a part above its whole. */
public final class CounterRangeRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("counter-out-of-range", Category.CONSISTENCY,
            Severity.ERROR, "A counter is negative or above its total",
            "Rows, bytes, tables, rates and seconds DM counts are never negative, and a unit never finishes more "
                    + "than its total: Load finishedBytes <= totalBytes, Dump completedTables <= totalTables.",
            "\"load\": {\"finishedBytes\": \"500\", \"totalBytes\": \"452\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            SyncStatus sync = s.sync();
            if (sync != null) {
                negative(snapshot, entry, s, sync.where(), "sync", reporter, "totalEvents", sync.totalEvents(),
                        "totalTps", sync.totalTps(), "recentTps", sync.recentTps(), "totalRows", sync.totalRows(),
                        "totalRps", sync.totalRps(), "recentRps", sync.recentRps(),
                        "secondsBehindMaster", sync.secondsBehindMaster(), "ioTotalBytes", sync.ioTotalBytes(),
                        "dumpIOTotalBytes", sync.dumpIoTotalBytes());
            }
            LoadStatus load = s.load();
            if (load != null) {
                negative(snapshot, entry, s, load.where(), "load", reporter, "finishedBytes", load.finishedBytes(),
                        "totalBytes", load.totalBytes(), "bps", load.bps());
                above(snapshot, entry, s, load.where(), reporter, "finishedBytes", load.finishedBytes(), "totalBytes",
                        load.totalBytes());
            }
            DumpStatus dump = s.dump();
            if (dump != null) {
                negative(snapshot, entry, s, dump.where(), "dump", reporter, "totalTables", dump.totalTables(),
                        "completedTables", dump.completedTables(), "finishedBytes", dump.finishedBytes(),
                        "finishedRows", dump.finishedRows(), "estimateTotalRows", dump.estimateTotalRows(),
                        "bps", dump.bps());
                above(snapshot, entry, s, dump.where(), reporter, "completedTables", dump.completedTables(),
                        "totalTables", dump.totalTables());
            }
        });
    }

    private static void negative(Snapshot snapshot, SourceEntry entry, SubtaskStatus s,
                                 org.dmreport.model.Where where, String unit, Reporter reporter, Object... pairs) {
        for (int k = 0; k < pairs.length; k += 2) {
            Number value = (Number) pairs[k + 1];
            if (value != null && value.doubleValue() < 0) {
                String key = (String) pairs[k];
                reporter.report(Walk.at(snapshot, entry, s, where.of(key)),
                        unit + "." + key + " is negative (" + text(value) + ")", Map.of(key, text(value)));
            }
        }
    }

    private static void above(Snapshot snapshot, SourceEntry entry, SubtaskStatus s, org.dmreport.model.Where where,
                              Reporter reporter, String partKey, Number part, String totalKey, Number total) {
        if (part != null && total != null && part.doubleValue() > total.doubleValue()) {
            reporter.report(Walk.at(snapshot, entry, s, where.of(partKey)),
                    partKey + " (" + text(part) + ") is above " + totalKey + " (" + text(total) + ")",
                    Map.of(partKey, text(part), totalKey, text(total)));
        }
    }

    static String text(Number n) {
        if (n instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return n.toString();
    }
}
