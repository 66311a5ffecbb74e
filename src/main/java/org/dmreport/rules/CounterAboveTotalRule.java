package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dmreport.model.Origin;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;

/** A unit that says it has done more than its total: DM prints it after a resume. */
public final class CounterAboveTotalRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            if (s.load() != null) {
                above(
                        snapshot,
                        entry,
                        s,
                        s.load().where().of("finishedBytes"),
                        "load.finishedBytes",
                        s.load().finishedBytes(),
                        "totalBytes",
                        s.load().totalBytes(),
                        reporter);
            }
            if (s.dump() != null) {
                above(
                        snapshot,
                        entry,
                        s,
                        s.dump().where().of("completedTables"),
                        "dump.completedTables",
                        s.dump().completedTables(),
                        "totalTables",
                        s.dump().totalTables(),
                        reporter);
            }
        });
    }

    private static void above(
            Snapshot snapshot,
            SourceEntry entry,
            SubtaskStatus s,
            Origin at,
            String partKey,
            Number part,
            String totalKey,
            Number total,
            Reporter reporter) {
        if (part == null || total == null || part.doubleValue() <= total.doubleValue()) {
            return;
        }
        String partText = CounterRangeRule.text(part);
        String totalText = CounterRangeRule.text(total);
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(partKey, partText);
        evidence.put(totalKey, totalText);
        reporter.report(
                Walk.at(snapshot, entry, s, at),
                partKey + " (" + partText + ") is above " + totalKey + " (" + totalText
                        + "), as DM counts again what it redoes after a resume",
                evidence);
    }
}
