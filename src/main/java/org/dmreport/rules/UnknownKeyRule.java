package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.Snapshot;
import org.dmreport.model.UnknownKey;

/** A key that no DM version prints at that place. */
public final class UnknownKeyRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        for (UnknownKey key : snapshot.unknownKeys()) {
            reporter.report(
                    Place.of(snapshot.capture(), snapshot.document(), key.origin()),
                    "unknown key \"" + key.name() + "\" at " + key.origin().pointer(),
                    Map.of("key", key.name()));
        }
    }
}
