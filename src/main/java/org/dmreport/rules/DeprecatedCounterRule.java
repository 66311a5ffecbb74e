package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SyncStatus;

/** totalEvents and totalRows further apart than the two reads of one counter can put them. */
public final class DeprecatedCounterRule implements Rule.OfSnapshot {

    /** The least difference always accepted, for a worker paused between the two reads. */
    static final long SLACK = 1_000;

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("deprecated-counter-mismatch", Category.CONSISTENCY,
            Severity.ERROR, "Deprecated and new Sync row counters disagree",
            "DM 6.4 added totalRows beside the deprecated totalEvents and fills both from the same counter, "
                    + "with two separate atomic loads while workers keep adding (syncer/status.go Status(): "
                    + "totalEvents is read first, totalRows second). totalRows may therefore be a little larger, "
                    + "never smaller: it may lead by the rows of about one second (the largest of the printed "
                    + "rates), at least " + SLACK + ". A smaller totalRows, or a larger lead, was not printed by one "
                    + "call. The rates (totalTps/totalRps, recentTps/recentRps) are two loads of values that "
                    + "another query-status call may store in between, so any difference between them is possible "
                    + "and they are not compared (dm-behaviour §3, §8).",
            "\"sync\": {\"totalEvents\": \"100000\", \"totalRows\": \"12\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.syncs(snapshot, (entry, s, sync) -> {
            if (sync.totalEvents() == null || sync.totalRows() == null) {
                return;
            }
            long first = sync.totalEvents();
            long second = sync.totalRows();
            long slack = slack(sync);
            String problem = second < first ? "totalRows (" + second + ") is below totalEvents (" + first
                    + "), read before it from the same growing counter"
                    : second - first > slack ? "totalRows (" + second + ") is " + (second - first)
                    + " ahead of totalEvents (" + first + "), more than the " + slack
                    + " rows two reads a moment apart can differ by" : null;
            if (problem != null) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("totalEvents", Long.toString(first));
                evidence.put("totalRows", Long.toString(second));
                evidence.put("accepted", Long.toString(slack));
                reporter.report(Walk.at(snapshot, entry, s, sync.where().of("totalRows")), problem, evidence);
            }
        });
    }

    /** How far totalRows may lead: about a second of the fastest printed rate, at least {@link #SLACK}. */
    private static long slack(SyncStatus sync) {
        long slack = SLACK;
        for (Long rate : new Long[] {sync.totalTps(), sync.recentTps(), sync.totalRps(), sync.recentRps()}) {
            if (rate != null && rate > slack) {
                slack = rate;
            }
        }
        return slack;
    }
}
