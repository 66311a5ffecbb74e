package org.dmreport.rules;

import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.SchemaViolation;
import org.dmreport.model.Snapshot;

/** A value against the published JSON Schema of its document kind. */
public final class SchemaViolationRule implements Rule.OfSnapshot {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("schema-violation", Category.SCHEMA, Severity.ERROR,
            "The document breaks the query-status JSON Schema",
            "The schemas printed by 'dmreport schema summary|full' describe every field of every DM version with "
                    + "the type dmctl prints (dm-behaviour §2-3): enums for stage and unit, strings for 64-bit "
                    + "integers, the three error shapes. A value outside them was not printed by dmctl.",
            "{\"result\": true, \"sources\": [{\"result\": true, \"subTaskStatus\": [{\"name\": \"t\", "
                    + "\"stage\": \"Runing\"}]}]}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        for (SchemaViolation v : snapshot.schemaViolations()) {
            reporter.report(Place.of(snapshot.capture(), snapshot.document(), v.origin()),
                    (v.origin().pointer().isEmpty() ? "" : v.origin().pointer() + ": ") + v.message(),
                    Map.of("keyword", v.keyword()));
        }
    }
}
