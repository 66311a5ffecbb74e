package org.dmreport.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;

/**
 * The same subtask twice in one source entry, or one source's subtask under two different workers
 * in one response: no single call prints either. A source listed twice under the same worker is
 * what {@code query-status -s S,S} prints, and {@link SourceRequestedTwiceRule} says so.
 */
public final class DuplicateSourceRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        if (!(snapshot.response() instanceof FullResponse full)) {
            return;
        }
        Map<String, Set<String>> seen = new HashMap<>();
        Map<String, String> firstWorker = new HashMap<>();
        for (SourceEntry entry : full.sources()) {
            boolean sameWorker =
                    Objects.equals(firstWorker.computeIfAbsent(entry.source(), k -> worker(entry)), worker(entry));
            Set<String> tasksHere = new HashSet<>();
            for (SubtaskStatus s : entry.subtasks()) {
                String name = Walk.name(s);
                if (!tasksHere.add(name)) {
                    reporter.report(
                            Walk.at(snapshot, entry, s, s.where().self()),
                            "subtask " + name + " appears twice in the entry of source " + entry.source(),
                            Map.of("task", name));
                } else if (!seen.computeIfAbsent(entry.source(), k -> new HashSet<>())
                                .add(name)
                        && !sameWorker) {
                    reporter.report(
                            Walk.at(snapshot, entry, s, s.where().self()),
                            "subtask " + name + " of source " + entry.source()
                                    + " appears in two source entries with different workers",
                            Map.of("task", name));
                }
            }
        }
    }

    static String worker(SourceEntry entry) {
        return entry.worker() == null ? "" : entry.worker();
    }
}
