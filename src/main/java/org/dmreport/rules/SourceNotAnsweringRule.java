package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.SourcePoint;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.ErrorString;

/** A source entry with {@code result: false}: its tasks' state is unknown. */
public final class SourceNotAnsweringRule implements Rule.OfSource {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("source-not-answering", Category.HEALTH,
            Severity.WARNING, "A source did not answer: its tasks' state is unknown",
            "A source entry with result: false (its worker did not answer, or no worker is bound) contributes "
                    + "nothing to dmctl's task status; its subtasks' state is unknown, not failed "
                    + "(dm-behaviour §1). Reported once per episode with the error in msg.",
            "\"sources\": [{\"result\": false, \"msg\": \"[code=38008:...] grpc request error\", "
                    + "\"sourceStatus\": {\"source\": \"s1\", \"worker\": \"\"}, \"subTaskStatus\": []}]");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SourceSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SourcePoint> episode : Lives.episodes(series.points(), p -> !p.answered())) {
            SourcePoint first = episode.get(0);
            Map<String, String> evidence = new LinkedHashMap<>();
            SourceRules.span(evidence, episode);
            evidence.put("msg", first.msg());
            String reason = ErrorString.find(first.msg()).map(e -> "error " + e.code() + ": " + e.message())
                    .orElse(PausedWithErrorRule.firstLine(first.msg()));
            reporter.report(new Place(first.capture(), first.document(), first.origin(), "", first.source()),
                    "source " + first.source() + " did not answer" + (reason.isEmpty() ? "" : " (" + reason + ")")
                            + SourceRules.lasting(episode), evidence);
        }
    }
}
