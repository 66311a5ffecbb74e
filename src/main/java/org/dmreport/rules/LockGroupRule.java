package org.dmreport.rules;

import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SyncStatus;

/** A sharding DDL lock ID without an unresolved group. */
public final class LockGroupRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("lock-without-group", Category.CONSISTENCY,
            Severity.WARNING, "A sharding DDL lock without an unresolved group",
            "unresolvedDDLLockID names the pessimistic sharding lock the subtask waits on; the Sync status then "
                    + "lists the group being resolved in unresolvedGroups. A lock with no group (or no sync status) "
                    + "leaves nothing to resolve it with. See also group-without-lock.",
            "{\"name\": \"t\", \"stage\": \"Running\", \"unit\": \"Sync\", \"unresolvedDDLLockID\": \"t-`db`.`t`\", "
                    + "\"sync\": {\"unresolvedGroups\": []}}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            String lock = s.unresolvedDdlLockId();
            SyncStatus sync = s.sync();
            if (lock != null && !lock.isEmpty() && "Sync".equals(s.unit())
                    && (sync == null || sync.unresolvedGroups().isEmpty())) {
                reporter.report(Walk.at(snapshot, entry, s, s.where().of("unresolvedDDLLockID")),
                        "lock " + lock + " but no unresolved sharding group", Map.of("lock", lock));
            }
        });
    }
}
