package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.HumanDuration;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Episode;

/** A sharding DDL lock held longer than {@code --blocked-after}. */
public final class LockBlockedRule implements Rule.OfSubtask {

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SubtaskPoint> life : Lives.of(series)) {
            for (List<SubtaskPoint> episode : Lives.episodes(
                    life, p -> !p.lockId().isEmpty() || !p.blockingDdls().isEmpty())) {
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
                reporter.report(
                        Lives.place(first, "unresolvedDDLLockID"),
                        "sharding DDL lock "
                                + (first.lockId().isEmpty() ? "(blocking DDLs)" : first.lockId()) + " held for "
                                + HumanDuration.of(held) + " (" + episode.size() + " captures)",
                        evidence,
                        Lives.episode(Episode.Kind.LOCK_BLOCKED, episode, first.lockId()));
            }
        }
    }
}
