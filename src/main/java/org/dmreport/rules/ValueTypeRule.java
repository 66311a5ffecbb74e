package org.dmreport.rules;

import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Note;
import org.dmreport.model.NoteKind;
import org.dmreport.model.SchemaViolation;
import org.dmreport.model.Snapshot;

/** A value of another type than DM prints. */
public final class ValueTypeRule extends NoteRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("value-type", Category.INPUT, Severity.WARNING,
            "A value has another type than DM prints",
            "DM prints 64-bit integers as strings, doubles and 32-bit integers as numbers (dm-behaviour §2). "
                    + "The documentation quotes the dump unit's doubles (completedTables, finishedBytes, "
                    + "finishedRows, estimateTotalRows): that form is read, accepted by the JSON Schema and reported "
                    + "here once for each such value. A value of a type the schema refuses (a word where a number "
                    + "belongs) is read as absent, never guessed, and reported once, by schema-violation; this rule "
                    + "reports it only where the document was not validated (a fragment or an elided copy). A "
                    + "string holding a lone surrogate escape (\\ud800 without its pair) is not Unicode, which "
                    + "Go's encoder never writes: it is read with U+FFFD in its place and reported here.",
            "\"dump\": {\"completedTables\": \"3\"}");

    public ValueTypeRule() {
        super(Set.of(NoteKind.VALUE_TYPE, NoteKind.INVALID_UNICODE));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** One value, one finding: a value the JSON Schema refuses is schema-violation's alone. */
    @Override
    boolean owns(Note note, Snapshot snapshot) {
        for (SchemaViolation v : snapshot.schemaViolations()) {
            if (v.origin().line() == note.line() && v.origin().column() == note.column()) {
                return false;
            }
        }
        return true;
    }
}
