package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.Gaps;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Episode;
import org.dmreport.model.Unit;

/** A {@code secondsBehindMaster} that the position and GTID gaps contradict. */
public final class LagContradictionRule implements Rule.OfSubtask {

    private static final long MANY_TRANSACTIONS = 10_000;

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        for (List<SubtaskPoint> life : Lives.of(series)) {
            for (List<SubtaskPoint> episode : Lives.episodes(life, LagContradictionRule::contradicts)) {
                SubtaskPoint first = episode.get(0);
                Map<String, String> evidence = new LinkedHashMap<>();
                Lives.span(evidence, episode);
                evidence.put("secondsBehindMaster", first.secondsBehindMaster().toString());
                Gaps.describe(first, evidence);
                String message = first.secondsBehindMaster() > 0
                        ? "secondsBehindMaster is " + first.secondsBehindMaster()
                                + " but the syncer is at the upstream's position"
                        : "secondsBehindMaster is 0 but the syncer is " + gap(first) + " behind";
                reporter.report(
                        Lives.place(first, "sync/secondsBehindMaster"),
                        message,
                        evidence,
                        Lives.episode(Episode.Kind.LAG_DISAGREES, episode));
            }
        }
    }

    private static String gap(SubtaskPoint p) {
        long files = Gaps.files(p).orElse(0L);
        return files > 0 ? files + " binlog file(s)" : Gaps.transactions(p).orElse(0L) + " transactions";
    }

    private static boolean contradicts(SubtaskPoint p) {
        if (p.secondsBehindMaster() == null
                || !Unit.Sync.is(p.unit())
                || p.masterBinlog() == null
                || p.masterBinlog().isEmpty()) {
            return false;
        }
        long files = Gaps.files(p).orElse(-1L);
        long transactions = Gaps.transactions(p).orElse(-1L);
        if (p.secondsBehindMaster() > 0) {
            boolean samePlace = files == 0 && Gaps.bytes(p).orElse(-1L) == 0;
            return samePlace && transactions <= 0;
        }
        return files >= 1 || transactions >= MANY_TRANSACTIONS;
    }
}
