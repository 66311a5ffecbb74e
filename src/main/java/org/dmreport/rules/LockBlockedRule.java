package org.dmreport.rules;

import org.dmreport.analysis.HumanDuration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/** A sharding DDL lock held longer than {@code --blocked-after}. */
public final class LockBlockedRule implements Rule.OfSubtask {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("ddl-lock-blocked", Category.HEALTH,
            Severity.WARNING, "A sharding DDL lock blocks for too long",
            "While a pessimistic sharding DDL lock is unresolved, the subtask waits for the other shards' DDLs "
                    + "and replicates nothing past it. Held across captures for longer than --blocked-after "
                    + "(default 10m), it is reported once with the lock, the DDLs and the tables still unsynced.",
            "10:00-10:30 \"unresolvedDDLLockID\": \"t-`db`.`tb`\", \"unsynced\": [\"`db`.`tb_2`\"]");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SubtaskPoint> life : Lives.of(series)) {
            for (List<SubtaskPoint> episode : Lives.episodes(life, p -> !p.lockId().isEmpty() || !p.blockingDdls().isEmpty())) {
                var held = Lives.duration(episode);
                if (held.compareTo(settings.blockedAfter()) <= 0) {
                    continue;
                }
                SubtaskPoint first = episode.get(0);
                SubtaskPoint last = episode.get(episode.size() - 1);
                Map<String, String> evidence = new LinkedHashMap<>();
                Lives.span(evidence, episode);
                evidence.put("lock", first.lockId());
                evidence.put("blockingDDLs", String.join("; ", last.blockingDdls()));
                evidence.put("unsynced", String.join(", ", last.unsyncedTables()));
                reporter.report(Lives.place(first, "unresolvedDDLLockID"), "sharding DDL lock "
                        + (first.lockId().isEmpty() ? "(blocking DDLs)" : first.lockId()) + " held for "
                        + HumanDuration.of(held) + " (" + episode.size() + " captures)", evidence);
            }
        }
    }
}
