package org.dmreport.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;

/** The same source twice with subtasks, or the same subtask twice in one source. */
public final class DuplicateSourceRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        if (!(snapshot.response() instanceof FullResponse full)) {
            return;
        }
        Map<String, Set<String>> seen = new HashMap<>();
        for (SourceEntry entry : full.sources()) {
            Set<String> tasksHere = new HashSet<>();
            for (SubtaskStatus s : entry.subtasks()) {
                String name = Walk.name(s);
                if (!tasksHere.add(name)) {
                    reporter.report(
                            Walk.at(snapshot, entry, s, s.where().self()),
                            "subtask " + name + " appears twice in the entry of source " + entry.source(),
                            Map.of("task", name));
                } else if (!seen.computeIfAbsent(entry.source(), k -> new HashSet<>())
                        .add(name)) {
                    reporter.report(
                            Walk.at(snapshot, entry, s, s.where().self()),
                            "subtask " + name + " of source " + entry.source() + " appears in two source entries",
                            Map.of("task", name));
                }
            }
        }
    }
}
