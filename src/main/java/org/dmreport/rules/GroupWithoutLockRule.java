package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SyncStatus;

/** An unresolved sharding group without a lock ID. */
public final class GroupWithoutLockRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            SyncStatus sync = s.sync();
            String lock = s.unresolvedDdlLockId();
            if (sync != null
                    && !sync.unresolvedGroups().isEmpty()
                    && s.where().has("unresolvedDDLLockID")
                    && (lock == null || lock.isEmpty())) {
                reporter.report(
                        Walk.at(snapshot, entry, s, sync.where().of("unresolvedGroups")),
                        sync.unresolvedGroups().size() + " unresolved sharding group(s) but no lock ID",
                        Map.of(
                                "target",
                                String.valueOf(sync.unresolvedGroups().get(0).target())));
            }
        });
    }
}
