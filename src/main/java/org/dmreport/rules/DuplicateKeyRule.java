package org.dmreport.rules;

import java.util.Set;
import org.dmreport.model.NoteKind;

/** A key twice in one object. */
public final class DuplicateKeyRule extends NoteRule {

    public DuplicateKeyRule() {
        super(Set.of(NoteKind.DUPLICATE_KEY));
    }
}
