package org.dmreport.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;

/**
 * A source listed a second time under the same worker: neither dmctl ({@code GetSourceArgs}) nor the
 * master ({@code extractSources}) removes a repeated {@code -s} name, so {@code query-status -s S,S}
 * prints S's entries once per name, and the two answers may differ (dm-behaviour §9).
 */
public final class SourceRequestedTwiceRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        if (!(snapshot.response() instanceof FullResponse full)) {
            return;
        }
        Map<String, String> firstWorker = new HashMap<>();
        for (SourceEntry entry : full.sources()) {
            String worker = DuplicateSourceRule.worker(entry);
            String first = firstWorker.putIfAbsent(entry.source(), worker);
            if (first != null && first.equals(worker)) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("source", entry.source());
                evidence.put("worker", worker);
                reporter.report(
                        Walk.at(snapshot, entry, entry.where().self()),
                        "source " + entry.source() + " is listed again: query-status -s named it twice, and DM "
                                + "answers once per name",
                        evidence);
            }
        }
    }
}
