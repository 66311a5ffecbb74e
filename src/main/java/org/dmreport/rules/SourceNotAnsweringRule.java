package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SourcePoint;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.findings.Episode;
import org.dmreport.model.ErrorString;

/** A source entry with {@code result: false}: its tasks' state is unknown. */
public final class SourceNotAnsweringRule implements Rule.OfSource {

    @Override
    public void check(SourceSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SourcePoint> episode : Lives.episodes(series.points(), p -> !p.answered())) {
            SourcePoint first = episode.get(0);
            Map<String, String> evidence = new LinkedHashMap<>();
            SourceRules.span(evidence, episode);
            evidence.put("msg", first.msg());
            String reason = ErrorString.find(first.msg())
                    .map(e -> "error " + e.code() + ": " + e.message())
                    .orElse(PausedWithErrorRule.firstLine(first.msg()));
            reporter.report(
                    new Place(first.capture(), first.document(), first.origin(), "", first.source()),
                    "source " + first.source() + " did not answer" + (reason.isEmpty() ? "" : " (" + reason + ")")
                            + SourceRules.lasting(episode),
                    evidence,
                    SourceRules.episode(Episode.Kind.SOURCE_SILENT, episode));
        }
    }
}
