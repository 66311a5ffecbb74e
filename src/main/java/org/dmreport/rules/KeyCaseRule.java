package org.dmreport.rules;

import java.util.Set;
import org.dmreport.model.NoteKind;

/** A key matched only without regard to case. */
public final class KeyCaseRule extends NoteRule {

    public KeyCaseRule() {
        super(Set.of(NoteKind.KEY_CASE));
    }
}
