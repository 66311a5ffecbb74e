package org.dmreport.rules;

import java.util.Set;
import org.dmreport.model.Note;
import org.dmreport.model.NoteKind;
import org.dmreport.model.SchemaViolation;
import org.dmreport.model.Snapshot;

/** A value of another type than DM prints. */
public final class ValueTypeRule extends NoteRule {

    public ValueTypeRule() {
        super(Set.of(NoteKind.VALUE_TYPE, NoteKind.INVALID_UNICODE));
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
