package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SyncStatus;

/**
 * blockingDDLs while the sharding group waiting on the lock still has unsynced tables. Other groups
 * may be part-way through DDLs of their own at the same time, so only the lock's group is judged.
 */
public final class ShardingStateRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("blocking-ddl-with-unsynced", Category.CONSISTENCY,
            Severity.ERROR, "Blocking DDLs while the lock's sharding group still has unsynced tables",
            "The syncer reports blockingDDLs only once every upstream table of the group it waits for has "
                    + "received the DDL (syncer/status.go Status(): blockingDDLs is the pessimist's pending info, "
                    + "put only when the group is synced on this worker). unresolvedGroups lists every group with at "
                    + "least one synced table, and sharding_group.go lets several groups be part-way through a DDL at "
                    + "once (DM 1.0.7 as well), so other groups may have unsynced tables. The lock's group is the "
                    + "one whose target the lock ID names (TASK-`db`.`table`), or else the one whose DDLs equal "
                    + "blockingDDLs; when that group lists unsynced tables and the same DDLs, no worker printed it. "
                    + "A group that moved on to other DDLs (the lock resolved between the two reads) is left alone.",
            "\"unresolvedDDLLockID\": \"t-`db`.`t`\", \"sync\": {\"blockingDDLs\": [\"ALTER TABLE t ADD c INT\"], "
                    + "\"unresolvedGroups\": [{\"target\": \"`db`.`t`\", \"DDLs\": [\"ALTER TABLE t ADD c INT\"], "
                    + "\"synced\": [\"`db`.`t0`\"], \"unsynced\": [\"`db`.`t1`\"]}]}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.syncs(snapshot, (entry, s, sync) -> {
            if (sync.blockingDdls().isEmpty()) {
                return;
            }
            ShardingGroup group = lockGroup(s, sync);
            if (group == null || group.unsynced().isEmpty()
                    || !(group.ddls().isEmpty() || group.ddls().equals(sync.blockingDdls()))) {
                return;
            }
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("lock", s.unresolvedDdlLockId() == null ? "" : s.unresolvedDdlLockId());
            evidence.put("target", String.valueOf(group.target()));
            evidence.put("unsynced", String.join(", ", group.unsynced()));
            reporter.report(Walk.at(snapshot, entry, s, sync.where().of("blockingDDLs")),
                    sync.blockingDdls().size() + " blocking DDL(s) while group " + group.target()
                            + ", whose lock they belong to, has " + group.unsynced().size() + " unsynced table(s)",
                    evidence);
        });
    }

    /** The group the blocking DDLs belong to: named by the lock ID, else the one with the same DDLs. */
    private static ShardingGroup lockGroup(SubtaskStatus s, SyncStatus sync) {
        String lock = s.unresolvedDdlLockId() == null ? "" : s.unresolvedDdlLockId();
        if (!lock.isEmpty()) {
            for (ShardingGroup group : sync.unresolvedGroups()) {
                if (group.target() != null && lock.equals(Walk.name(s) + "-" + group.target())) {
                    return group;
                }
            }
        }
        for (ShardingGroup group : sync.unresolvedGroups()) {
            if (!group.ddls().isEmpty() && group.ddls().equals(sync.blockingDdls())) {
                return group;
            }
        }
        return null;
    }
}
