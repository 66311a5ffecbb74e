package org.dmreport.rules;

import org.dmreport.model.FailedQuery;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;

/** {@code result: false} without a message saying why. */
public final class FailedWithoutMsgRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        if (snapshot.response() instanceof FailedQuery failed && empty(failed.msg())) {
            reporter.report(
                    Place.of(
                            snapshot.capture(),
                            snapshot.document(),
                            failed.where().of("msg")),
                    "the query failed (result: false) without a msg");
        }
        if (snapshot.response() instanceof FullResponse full) {
            for (SourceEntry entry : full.sources()) {
                if (!entry.result() && empty(entry.msg())) {
                    reporter.report(
                            new Place(
                                    snapshot.capture(),
                                    snapshot.document(),
                                    entry.where().of("msg"),
                                    "",
                                    entry.source()),
                            "source " + entry.source() + " answered result: false without a msg");
                }
            }
        }
    }

    private static boolean empty(String text) {
        return text == null || text.isEmpty();
    }
}
