package org.dmreport.rules;

import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Snapshot;
import org.dmreport.model.UnknownKey;

/** A key that no DM version prints at that place. */
public final class UnknownKeyRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("unknown-key", Category.SCHEMA, Severity.INFO,
            "A key that no DM version prints",
            "The key is kept but means nothing to DM: a typo, a hand-written field, or a newer DM than this tool "
                    + "knows. Info by default; --strict makes it an error.",
            "\"sync\": {\"totalRowz\": \"1\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        for (UnknownKey key : snapshot.unknownKeys()) {
            reporter.report(Place.of(snapshot.capture(), snapshot.document(), key.origin()),
                    "unknown key \"" + key.name() + "\" at " + key.origin().pointer(), Map.of("key", key.name()));
        }
    }
}
