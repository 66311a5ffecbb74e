package org.dmreport.rules;

import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SyncStatus;

/** An unresolved sharding group without a lock ID. */
public final class GroupWithoutLockRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("group-without-lock", Category.CONSISTENCY,
            Severity.INFO, "An unresolved sharding group without a lock ID",
            "A group in unresolvedGroups usually comes with the unresolvedDDLLockID of its pessimistic lock. "
                    + "Real DM 2.0 captures show groups with an empty lock ID while the DDL sequence is "
                    + "inconsistent or the lock is not yet created, so this is information, not an error.",
            "{\"unresolvedDDLLockID\": \"\", \"sync\": {\"unresolvedGroups\": [{\"target\": \"`db`.`t`\"}]}}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            SyncStatus sync = s.sync();
            String lock = s.unresolvedDdlLockId();
            if (sync != null && !sync.unresolvedGroups().isEmpty() && s.where().has("unresolvedDDLLockID")
                    && (lock == null || lock.isEmpty())) {
                reporter.report(Walk.at(snapshot, entry, s, sync.where().of("unresolvedGroups")),
                        sync.unresolvedGroups().size() + " unresolved sharding group(s) but no lock ID",
                        Map.of("target", String.valueOf(sync.unresolvedGroups().get(0).target())));
            }
        });
    }
}
