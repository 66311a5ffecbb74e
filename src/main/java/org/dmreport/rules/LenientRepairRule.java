package org.dmreport.rules;

import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.NoteKind;

/** A repair --lenient made to the text: what was read is not exactly what was saved. */
@RuleDoc(id = "lenient-repair", category = Category.INPUT, severity = Severity.WARNING)
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
