package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SyncStatus;

/** totalEvents and totalRows further apart than the two reads of one counter can put them. */
public final class DeprecatedCounterRule implements Rule.OfSnapshot {

    /** The least difference always accepted, for a worker paused between the two reads. */
    static final long SLACK = 1_000;

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.syncs(snapshot, (entry, s, sync) -> {
            if (sync.totalEvents() == null || sync.totalRows() == null) {
                return;
            }
            long first = sync.totalEvents();
            long second = sync.totalRows();
            long slack = slack(sync);
            String problem = second < first
                    ? "totalRows (" + second + ") is below totalEvents (" + first
                            + "), read before it from the same growing counter"
                    : second - first > slack
                            ? "totalRows (" + second + ") is " + (second - first)
                                    + " ahead of totalEvents (" + first + "), more than the " + slack
                                    + " rows two reads a moment apart can differ by"
                            : null;
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
