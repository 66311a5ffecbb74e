package org.dmreport.rules;

import java.util.Set;
import org.dmreport.model.NoteKind;

/** A repair --lenient made to the text: what was read is not exactly what was saved. */
public final class LenientRepairRule extends NoteRule {

    public LenientRepairRule() {
        super(Set.of(
                NoteKind.COMMENT_REMOVED,
                NoteKind.TRAILING_COMMA_REMOVED,
                NoteKind.COMMA_INSERTED,
                NoteKind.ELISION_REMOVED,
                NoteKind.FRAGMENT_WRAPPED));
    }
}
