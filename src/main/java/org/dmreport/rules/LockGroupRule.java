package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SyncStatus;
import org.dmreport.model.Unit;

/** A sharding DDL lock ID without an unresolved group. */
public final class LockGroupRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            String lock = s.unresolvedDdlLockId();
            SyncStatus sync = s.sync();
            if (lock != null
                    && !lock.isEmpty()
                    && Unit.Sync.is(s.unit())
                    && (sync == null || sync.unresolvedGroups().isEmpty())) {
                reporter.report(
                        Walk.at(snapshot, entry, s, s.where().of("unresolvedDDLLockID")),
                        "lock " + lock + " but no unresolved sharding group",
                        Map.of("lock", lock));
            }
        });
    }
}
