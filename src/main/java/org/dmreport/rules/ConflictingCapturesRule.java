package org.dmreport.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dmreport.analysis.SourcePoint;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.model.Capture;
import org.dmreport.model.Origin;

/**
 * Two documents of one cluster and one capture time that disagree about a subtask or a source: the
 * series keeps the first, and the other is named here rather than dropped. Captures in a row that
 * disagree make one finding, at the first, with the span in its evidence.
 */
public final class ConflictingCapturesRule implements Rule.OfSubtask, Rule.OfSource {

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        Map<Instant, SubtaskSeries.Conflict> firstAt = new HashMap<>();
        series.conflicts().forEach(c -> firstAt.putIfAbsent(c.kept().capture().capturedAt(), c));
        List<SubtaskPoint> points = series.steps().stream()
                .filter(SubtaskSeries.Step::present)
                .map(SubtaskSeries.Step::point)
                .toList();
        for (List<SubtaskPoint> episode :
                Lives.episodes(points, p -> firstAt.containsKey(p.capture().capturedAt()))) {
            SubtaskSeries.Conflict c = firstAt.get(episode.get(0).capture().capturedAt());
            SubtaskPoint kept = c.kept();
            SubtaskPoint other = c.other();
            List<String> differ = new ArrayList<>();
            Map<String, String> evidence = new LinkedHashMap<>();
            compare("stage", kept.stage(), other.stage(), differ, evidence);
            compare("unit", kept.unit(), other.unit(), differ, evidence);
            compare("syncerBinlog", kept.syncerBinlog(), other.syncerBinlog(), differ, evidence);
            compare("syncerBinlogGtid", kept.syncerGtid(), other.syncerGtid(), differ, evidence);
            evidence.put("kept", where(kept.capture(), kept.document(), kept.origin()));
            Lives.span(evidence, episode);
            reporter.report(
                    Lives.place(other, ""),
                    "documents of one capture disagree about subtask "
                            + series.task() + " on " + series.source() + clusterOf(series.cluster()) + " ("
                            + String.join(", ", differ) + "): this one is set aside, " + evidence.get("kept")
                            + " is kept"
                            + inRow(episode.size(), evidence),
                    evidence);
        }
    }

    @Override
    public void check(SourceSeries series, RuleSettings settings, Reporter reporter) {
        Map<Instant, SourceSeries.Conflict> firstAt = new HashMap<>();
        series.conflicts().forEach(c -> firstAt.putIfAbsent(c.kept().capture().capturedAt(), c));
        for (List<SourcePoint> episode : Lives.episodes(
                series.points(), p -> firstAt.containsKey(p.capture().capturedAt()))) {
            SourceSeries.Conflict c = firstAt.get(episode.get(0).capture().capturedAt());
            SourcePoint kept = c.kept();
            SourcePoint other = c.other();
            Map<String, String> evidence = new LinkedHashMap<>();
            evidence.put("keptResult", Boolean.toString(kept.answered()));
            evidence.put("otherResult", Boolean.toString(other.answered()));
            evidence.put("kept", where(kept.capture(), kept.document(), kept.origin()));
            SourceRules.span(evidence, episode);
            reporter.report(
                    new Place(other.capture(), other.document(), other.origin(), "", other.source()),
                    "documents of one capture disagree whether source " + series.source()
                            + clusterOf(series.cluster()) + " answered (result " + other.answered() + " here, "
                            + kept.answered() + " in " + evidence.get("kept") + ", which is kept)"
                            + inRow(episode.size(), evidence),
                    evidence);
        }
    }

    /** How long the disagreement lasted, when more than one capture in a row. */
    private static String inRow(int captures, Map<String, String> evidence) {
        return captures < 2
                ? ""
                : "; " + captures + " captures in a row disagree, from " + evidence.get("from") + " until "
                        + evidence.get("until");
    }

    private static void compare(
            String field, String kept, String other, List<String> differ, Map<String, String> evidence) {
        if (!Objects.equals(kept, other)) {
            differ.add(field + " " + shown(other) + " here, " + shown(kept) + " there");
            evidence.put(field + "Kept", shown(kept));
            evidence.put(field + "Other", shown(other));
        }
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "none" : value;
    }

    private static String clusterOf(String cluster) {
        return cluster.isEmpty() ? "" : " in cluster " + cluster;
    }

    /** {@code INPUT#DOCUMENT:LINE:COLUMN}, the kept document's place. */
    private static String where(Capture capture, int document, Origin origin) {
        return capture.input() + "#" + document + ":" + origin.line() + ":" + origin.column();
    }
}
