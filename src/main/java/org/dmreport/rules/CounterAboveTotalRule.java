package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Origin;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;

/** A unit that says it has done more than its total: DM prints it after a resume. */
public final class CounterAboveTotalRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("counter-above-total", Category.CONSISTENCY,
            Severity.WARNING, "A unit's progress counter is above its total",
            "A unit should not finish more than its total, but DM prints it in two known situations. Dump, DM "
                    + "5.4 to 6.2: dumpling's metrics are process-wide and removed only in Close, and Resume runs "
                    + "Process again, so completedTables passes totalTables after a pause and resume. Load: "
                    + "Lightning's progress is known to pass 100 % after a resume, as finishedBytes counts chunks "
                    + "imported again. Either way the unit's progress is overstated; the task itself is not harmed.",
            "\"load\": {\"finishedBytes\": \"500\", \"totalBytes\": \"452\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            if (s.load() != null) {
                above(snapshot, entry, s, s.load().where().of("finishedBytes"), "load.finishedBytes",
                        s.load().finishedBytes(), "totalBytes", s.load().totalBytes(), reporter);
            }
            if (s.dump() != null) {
                above(snapshot, entry, s, s.dump().where().of("completedTables"), "dump.completedTables",
                        s.dump().completedTables(), "totalTables", s.dump().totalTables(), reporter);
            }
        });
    }

    private static void above(Snapshot snapshot, SourceEntry entry, SubtaskStatus s, Origin at, String partKey,
                              Number part, String totalKey, Number total, Reporter reporter) {
        if (part == null || total == null || part.doubleValue() <= total.doubleValue()) {
            return;
        }
        String partText = CounterRangeRule.text(part);
        String totalText = CounterRangeRule.text(total);
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(partKey, partText);
        evidence.put(totalKey, totalText);
        reporter.report(Walk.at(snapshot, entry, s, at), partKey + " (" + partText + ") is above " + totalKey + " ("
                + totalText + "), as DM counts again what it redoes after a resume", evidence);
    }
}
