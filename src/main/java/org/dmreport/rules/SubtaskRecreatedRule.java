package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dmreport.analysis.Restart;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Episode;
import org.dmreport.model.Capture;

/** A subtask that DM recreated without a stop the captures show: a worker restart or a failover. */
public final class SubtaskRecreatedRule implements Rule.OfSubtask {

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        Lives.Outages outages = new Lives.Outages(series);
        for (List<SubtaskPoint> life : Lives.of(series)) {
            for (int k = 1; k < life.size(); k++) {
                SubtaskPoint before = life.get(k - 1);
                SubtaskPoint after = life.get(k);
                Capture outage = outages.between(before, after);
                Optional<Restart> sign = Restart.between(before, after);
                if (sign.isPresent()) {
                    report(series, before, after, sign.get(), outage, reporter);
                }
            }
        }
    }

    private static void report(
            SubtaskSeries series,
            SubtaskPoint before,
            SubtaskPoint after,
            Restart sign,
            Capture outage,
            Reporter reporter) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("sign", sign.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        evidence.put("from", before.stage() + " (" + before.unit() + ")");
        evidence.put("to", after.stage() + " (" + after.unit() + ")");
        evidence.put("previousCapture", String.valueOf(before.capture().capturedAt()));
        if (sign == Restart.COUNTERS_RESET) {
            evidence.put("rowsBefore", String.valueOf(before.rows()));
            evidence.put("rowsAfter", String.valueOf(after.rows()));
        }
        if (outage != null) {
            evidence.put("unansweredAt", String.valueOf(outage.capturedAt()));
        }
        String where = sign == Restart.COUNTERS_RESET ? "sync/totalRows" : sign == Restart.UNIT_BACK ? "unit" : "stage";
        reporter.report(
                Lives.place(after, where),
                "subtask " + series.task() + " on " + series.source() + " "
                        + sign.text() + ": " + after.stage() + " (" + after.unit() + ") after " + before.stage() + " ("
                        + before.unit() + ") at " + before.capture().capturedAt() + ", with no stop between"
                        + (outage == null ? "" : ", while its source did not answer at " + outage.capturedAt())
                        + ": a worker restart or failover recreated it",
                evidence,
                Lives.episode(Episode.Kind.RESTARTED, List.of(after)));
    }
}
