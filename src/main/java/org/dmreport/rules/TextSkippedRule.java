package org.dmreport.rules;

import java.util.Set;
import org.dmreport.model.NoteKind;

/** Text around documents or zero-width characters that the reader skipped. */
public final class TextSkippedRule extends NoteRule {

    public TextSkippedRule() {
        super(Set.of(
                NoteKind.TEXT_BEFORE_SKIPPED,
                NoteKind.TEXT_AFTER_SKIPPED,
                NoteKind.TEXT_BETWEEN_SKIPPED,
                NoteKind.ZERO_WIDTH_REMOVED));
    }
}
