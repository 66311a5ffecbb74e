package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SyncStatus;

/**
 * blockingDDLs while the sharding group waiting on the lock still has unsynced tables. Other groups
 * may be part-way through DDLs of their own at the same time, so only the lock's group is judged:
 * the one the lock ID names, whatever DDLs it lists (one call prints the lock's group and its
 * blocking DDLs together, so it cannot show that group with other DDLs, dm-behaviour §9); without
 * a lock ID naming one, the group whose DDLs are the blocking ones.
 */
public final class ShardingStateRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.syncs(snapshot, (entry, s, sync) -> {
            if (sync.blockingDdls().isEmpty()) {
                return;
            }
            ShardingGroup group = lockGroup(s, sync);
            if (group == null || group.unsynced().isEmpty()) {
                return;
            }
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("lock", s.unresolvedDdlLockId() == null ? "" : s.unresolvedDdlLockId());
            evidence.put("target", String.valueOf(group.target()));
            evidence.put("unsynced", String.join(", ", group.unsynced()));
            reporter.report(
                    Walk.at(snapshot, entry, s, sync.where().of("blockingDDLs")),
                    sync.blockingDdls().size() + " blocking DDL(s) while group " + group.target()
                            + ", whose lock they belong to, has "
                            + group.unsynced().size() + " unsynced table(s)",
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
