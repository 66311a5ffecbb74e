package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dmreport.analysis.Gaps;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/** A {@code secondsBehindMaster} that the position and GTID gaps contradict. */
public final class LagContradictionRule implements Rule.OfSubtask {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("lag-contradiction", Category.HEALTH,
            Severity.INFO, "secondsBehindMaster contradicts the position and GTID gap",
            "secondsBehindMaster is known to freeze, grow or drop to 0 wrongly (dm-behaviour §6). It is "
                    + "contradicted when it is above 0 while syncer and upstream are at the same position with the "
                    + "same GTID set, or 0 while the syncer is a whole binlog file or 10,000 transactions behind.",
            "\"sync\": {\"masterBinlog\": \"(bin.000003, 4)\", \"syncerBinlog\": \"(bin.000001, 4)\", "
                    + "\"secondsBehindMaster\": \"0\"}");

    private static final long MANY_TRANSACTIONS = 10_000;

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

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
                        ? "secondsBehindMaster is " + first.secondsBehindMaster() + " but the syncer is at the upstream's position"
                        : "secondsBehindMaster is 0 but the syncer is " + gap(first) + " behind";
                reporter.report(Lives.place(first, "sync/secondsBehindMaster"), message, evidence);
            }
        }
    }

    private static String gap(SubtaskPoint p) {
        long files = Gaps.files(p).orElse(0L);
        return files > 0 ? files + " binlog file(s)" : Gaps.transactions(p).orElse(0L) + " transactions";
    }

    private static boolean contradicts(SubtaskPoint p) {
        if (p.secondsBehindMaster() == null || !"Sync".equals(p.unit()) || p.masterBinlog() == null
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
