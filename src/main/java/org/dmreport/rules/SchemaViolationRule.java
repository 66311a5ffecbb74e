package org.dmreport.rules;

import java.util.Map;
import java.util.Set;
import org.dmreport.model.SchemaViolation;
import org.dmreport.model.Snapshot;

/** A value against the published JSON Schema of its document kind. */
public final class SchemaViolationRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        if (snapshot.schemaViolations().isEmpty()) {
            return;
        }
        // A dmctl older than the cluster prints stage Stopping as 8: DmctlOlderThanClusterRule's, not ours.
        Set<String> skew = DmctlOlderThanClusterRule.pointers(snapshot);
        for (SchemaViolation v : snapshot.schemaViolations()) {
            if (skew.contains(v.origin().pointer())) {
                continue;
            }
            reporter.report(
                    Place.of(snapshot.capture(), snapshot.document(), v.origin()),
                    (v.origin().pointer().isEmpty() ? "" : v.origin().pointer() + ": ") + v.message(),
                    Map.of("keyword", v.keyword()));
        }
    }
}
