package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.Stage;
import org.dmreport.model.Unit;

/** A stage or unit name that DM's enums do not have. */
public final class UnknownStageRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        Walk.subtasks(snapshot, (entry, s) -> {
            if (s.stage() != null
                    && s.stageKind().isEmpty()
                    && !DmctlOlderThanClusterRule.STOPPING_AS_NUMBER.equals(s.stage())) {
                reporter.report(
                        Walk.at(snapshot, entry, s, s.where().of("stage")),
                        "unknown stage \"" + s.stage() + "\"",
                        Map.of("stage", s.stage()));
            }
            if (s.unit() != null && s.unitKind().isEmpty()) {
                reporter.report(
                        Walk.at(snapshot, entry, s, s.where().of("unit")),
                        "unknown unit \"" + s.unit() + "\"",
                        Map.of("unit", s.unit()));
            }
        });
        if (snapshot.response() instanceof FullResponse full) {
            for (SourceEntry entry : full.sources()) {
                if (entry.relay() != null
                        && entry.relay().stage() != null
                        && Stage.parse(entry.relay().stage()).isEmpty()) {
                    reporter.report(
                            new Place(
                                    snapshot.capture(),
                                    snapshot.document(),
                                    entry.relay().where().of("stage"),
                                    "",
                                    entry.source()),
                            "unknown relay stage \"" + entry.relay().stage() + "\"",
                            Map.of("stage", entry.relay().stage()));
                }
            }
        }
    }

    /** Whether {@code unit} names a unit DM has; used by other rules. */
    static boolean known(String unit) {
        return Unit.parse(unit).isPresent();
    }
}
