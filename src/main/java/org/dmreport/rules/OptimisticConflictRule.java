package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Episode;
import org.dmreport.model.ErrorString;

/** An optimistic sharding DDL conflict, which shows only in {@code conflictMsg}. */
public final class OptimisticConflictRule implements Rule.OfSubtask {

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SubtaskPoint> life : Lives.of(series)) {
            for (List<SubtaskPoint> episode :
                    Lives.episodes(life, p -> !p.conflictMsg().isEmpty())) {
                SubtaskPoint first = episode.get(0);
                Map<String, String> evidence = new LinkedHashMap<>();
                Lives.span(evidence, episode);
                evidence.put("blockDDLOwner", first.blockDdlOwner());
                evidence.put("conflictMsg", first.conflictMsg());
                ErrorString.find(first.conflictMsg()).ifPresent(e -> evidence.put("code", Long.toString(e.code())));
                String message = ErrorString.find(first.conflictMsg())
                        .map(ErrorString::message)
                        .filter(m -> !m.isEmpty())
                        .orElse(first.conflictMsg());
                reporter.report(
                        Lives.place(first, "sync/conflictMsg"),
                        "optimistic DDL conflict"
                                + (first.blockDdlOwner().isEmpty() ? "" : " owned by " + first.blockDdlOwner()) + ": "
                                + PausedWithErrorRule.firstLine(message),
                        evidence,
                        Lives.episode(Episode.Kind.DDL_CONFLICT, episode, first.lockId()));
            }
        }
    }
}
