package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dmreport.analysis.HumanDuration;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Episode;
import org.dmreport.model.BinlogLocation;
import org.dmreport.model.ProcessError;
import org.dmreport.model.Stage;

/** A subtask paused on an error: once per episode, with the error and how long it lasted. */
public final class PausedWithErrorRule implements Rule.OfSubtask {

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SubtaskPoint> life : Lives.of(series)) {
            for (List<SubtaskPoint> episode : Lives.episodes(life, p -> Stage.Paused.is(p.stage()) && p.hasErrors())) {
                SubtaskPoint first = episode.get(0);
                ProcessError error = first.errors().get(0);
                Map<String, String> evidence = new LinkedHashMap<>();
                Lives.span(evidence, episode);
                put(evidence, "code", error.code() == null ? null : error.code().toString());
                put(evidence, "class", error.errClass());
                put(evidence, "scope", error.scope());
                put(evidence, "level", error.level());
                put(evidence, "message", error.message());
                put(evidence, "rawCause", error.rawCause());
                put(evidence, "workaround", error.workaround());
                BinlogLocation.find(error.message())
                        .ifPresent(l -> evidence.put("position", l.position().toString()));
                // 1.0's errors have a type, no code; the OpenAPI's a message only, unless it quotes one.
                String code = error.code() != null
                        ? "error " + error.code()
                        : error.errClass() == null || error.errClass().isEmpty() ? "an error" : error.errClass();
                reporter.report(
                        Lives.place(first, "result"),
                        first.unit() + " paused on " + code + ": "
                                + firstLine(error.message())
                                + (episode.size() > 1
                                        ? " (for " + HumanDuration.of(Lives.duration(episode)) + ", " + episode.size()
                                                + " captures)"
                                        : ""),
                        evidence,
                        Lives.episode(Episode.Kind.PAUSED_ON_ERROR, episode));
            }
        }
    }

    private static void put(Map<String, String> evidence, String key, String value) {
        if (value != null && !value.isEmpty()) {
            evidence.put(key, value);
        }
    }

    /** DM's sync errors start with where they happened; the finding's evidence keeps that. */
    private static final Pattern LOCATIONS =
            Pattern.compile("^startLocation: \\[[^\\]]*\\], endLocation: \\[[^\\]]*\\]: ");

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String body = LOCATIONS.matcher(text).replaceFirst("");
        int cut = body.indexOf('\n');
        String line = cut < 0 ? body : body.substring(0, cut);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
