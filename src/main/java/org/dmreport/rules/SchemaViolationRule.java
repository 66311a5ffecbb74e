package org.dmreport.rules;

import java.util.Map;
import org.dmreport.model.SchemaViolation;
import org.dmreport.model.Snapshot;

/** A value against the published JSON Schema of its document kind. */
public final class SchemaViolationRule implements Rule.OfSnapshot {

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        for (SchemaViolation v : snapshot.schemaViolations()) {
            reporter.report(
                    Place.of(snapshot.capture(), snapshot.document(), v.origin()),
                    (v.origin().pointer().isEmpty() ? "" : v.origin().pointer() + ": ") + v.message(),
                    Map.of("keyword", v.keyword()));
        }
    }
}
