package org.dmreport.rules;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.Gaps;
import org.dmreport.analysis.HumanDuration;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Episode;

/** Replication lag above {@code --lag-threshold}. */
public final class LagRule implements Rule.OfSubtask {

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        long threshold = settings.lagThreshold().getSeconds();
        for (List<SubtaskPoint> life : Lives.of(series)) {
            for (List<SubtaskPoint> episode :
                    Lives.episodes(life, p -> p.secondsBehindMaster() != null && p.secondsBehindMaster() > threshold)) {
                SubtaskPoint worst = episode.stream()
                        .max(Comparator.comparing(SubtaskPoint::secondsBehindMaster))
                        .orElseThrow();
                Map<String, String> evidence = new LinkedHashMap<>();
                Lives.span(evidence, episode);
                evidence.put(
                        "maxSecondsBehindMaster", worst.secondsBehindMaster().toString());
                evidence.put("at", String.valueOf(worst.capture().capturedAt()));
                Gaps.describe(worst, evidence);
                reporter.report(
                        Lives.place(episode.get(0), "sync/secondsBehindMaster"),
                        "replication "
                                + HumanDuration.of(Duration.ofSeconds(worst.secondsBehindMaster()))
                                + " behind the upstream (threshold " + HumanDuration.of(settings.lagThreshold()) + ")"
                                + (episode.size() > 1
                                        ? ", lagging for " + HumanDuration.of(Lives.duration(episode))
                                        : ""),
                        evidence,
                        Lives.episode(Episode.Kind.LAGGING, episode));
            }
        }
    }
}
