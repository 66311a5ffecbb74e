package org.dmreport.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SubtaskStatus;

/** A unit status object that belongs to another unit. */
public final class UnitStatusMismatchRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            List<String> present = present(s);
            if (present.size() > 1) {
                reporter.report(
                        Walk.at(snapshot, entry, s, s.where().self()),
                        "the subtask has " + present.size() + " unit statuses at once: " + String.join(", ", present),
                        Map.of("unit", String.valueOf(s.unit())));
                return;
            }
            if (present.size() == 1 && s.unit() != null && UnknownStageRule.known(s.unit())) {
                String status = present.get(0);
                boolean matches = status.equalsIgnoreCase(s.unit()) || status.equals("msg");
                if (!matches) {
                    reporter.report(
                            Walk.at(snapshot, entry, s, s.where().of(status)),
                            "unit " + s.unit() + " with a '" + status + "' status object",
                            Map.of("unit", s.unit(), "status", status));
                }
            }
        });
    }

    private static List<String> present(SubtaskStatus s) {
        List<String> present = new ArrayList<>();
        if (s.sync() != null) {
            present.add("sync");
        }
        if (s.load() != null) {
            present.add("load");
        }
        if (s.dump() != null) {
            present.add("dump");
        }
        if (s.check() != null) {
            present.add("check");
        }
        return present;
    }
}
