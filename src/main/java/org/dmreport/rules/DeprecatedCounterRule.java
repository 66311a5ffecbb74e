package org.dmreport.rules;

import java.util.Map;
import java.util.Objects;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SyncStatus;

/** Deprecated and new Sync counters with different values. */
public final class DeprecatedCounterRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("deprecated-counter-mismatch", Category.CONSISTENCY,
            Severity.ERROR, "Deprecated and new Sync counters disagree",
            "DM 6.4 added totalRows, totalRps and recentRps and still prints totalEvents, totalTps and recentTps "
                    + "with the same values (dm-behaviour §3). Different values were not printed together.",
            "\"sync\": {\"totalEvents\": \"10\", \"totalRows\": \"12\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            SyncStatus sync = s.sync();
            if (sync == null) {
                return;
            }
            pair(sync, "totalEvents", sync.totalEvents(), "totalRows", sync.totalRows(), snapshot, entry, s, reporter);
            pair(sync, "totalTps", sync.totalTps(), "totalRps", sync.totalRps(), snapshot, entry, s, reporter);
            pair(sync, "recentTps", sync.recentTps(), "recentRps", sync.recentRps(), snapshot, entry, s, reporter);
        });
    }

    private static void pair(SyncStatus sync, String oldKey, Long oldValue, String newKey, Long newValue,
                             Snapshot snapshot, org.dmreport.model.SourceEntry entry,
                             org.dmreport.model.SubtaskStatus s, Reporter reporter) {
        if (oldValue != null && newValue != null && !Objects.equals(oldValue, newValue)) {
            reporter.report(Walk.at(snapshot, entry, s, sync.where().of(newKey)),
                    newKey + " is " + newValue + " but " + oldKey + " is " + oldValue,
                    Map.of(oldKey, oldValue.toString(), newKey, newValue.toString()));
        }
    }
}
