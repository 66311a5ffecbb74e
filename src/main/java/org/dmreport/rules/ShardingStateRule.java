package org.dmreport.rules;

import java.util.List;
import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SyncStatus;

/** blockingDDLs while a sharding group still waits for tables. */
public final class ShardingStateRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("blocking-ddl-with-unsynced", Category.CONSISTENCY,
            Severity.ERROR, "Blocking DDLs while a sharding group still has unsynced tables",
            "The documentation (Detailed query result, blockingDDLs and unsynced) says blockingDDLs is non-empty "
                    + "only when every upstream table of the worker is synced, and empty while any is unsynced.",
            "\"sync\": {\"blockingDDLs\": [\"ALTER TABLE t ADD c INT\"], \"unresolvedGroups\": [{\"target\": "
                    + "\"`db`.`t`\", \"synced\": [], \"unsynced\": [\"`db`.`t1`\"]}]}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            SyncStatus sync = s.sync();
            if (sync == null || sync.blockingDdls().isEmpty()) {
                return;
            }
            for (ShardingGroup group : sync.unresolvedGroups()) {
                if (!group.unsynced().isEmpty()) {
                    reporter.report(Walk.at(snapshot, entry, s, sync.where().of("blockingDDLs")),
                            sync.blockingDdls().size() + " blocking DDL(s) while group " + group.target() + " has "
                                    + group.unsynced().size() + " unsynced table(s)",
                            Map.of("target", String.valueOf(group.target()), "unsynced", String.join(", ", group.unsynced())));
                }
            }
        });
    }
}
