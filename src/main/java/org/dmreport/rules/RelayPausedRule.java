package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SourcePoint;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.findings.Episode;
import org.dmreport.model.Stage;

/** A source's relay log paused or stopped. */
public final class RelayPausedRule implements Rule.OfSource {

    @Override
    public void check(SourceSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SourcePoint> episode : Lives.episodes(
                series.points(), p -> Stage.Paused.is(p.relayStage()) || Stage.Stopped.is(p.relayStage()))) {
            SourcePoint first = episode.get(0);
            Map<String, String> evidence = new LinkedHashMap<>();
            SourceRules.span(evidence, episode);
            evidence.put("stage", first.relayStage());
            if (!first.relayError().isEmpty()) {
                evidence.put("error", first.relayError());
            }
            reporter.report(
                    new Place(first.capture(), first.document(), first.relayOrigin(), "", first.source()),
                    "relay of " + first.source() + " is " + first.relayStage()
                            + (first.relayError().isEmpty()
                                    ? ""
                                    : ": " + PausedWithErrorRule.firstLine(first.relayError()))
                            + SourceRules.lasting(episode),
                    evidence,
                    SourceRules.episode(Episode.Kind.RELAY_PAUSED, episode));
        }
    }
}
