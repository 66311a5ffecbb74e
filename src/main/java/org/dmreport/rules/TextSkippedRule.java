package org.dmreport.rules;

import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.NoteKind;

/** Text around documents or zero-width characters that the reader skipped. */
@RuleDoc(id = "text-skipped", category = Category.INPUT, severity = Severity.INFO)
public final class TextSkippedRule extends NoteRule {

    public TextSkippedRule() {
        super(Set.of(
                NoteKind.TEXT_BEFORE_SKIPPED,
                NoteKind.TEXT_AFTER_SKIPPED,
                NoteKind.TEXT_BETWEEN_SKIPPED,
                NoteKind.ZERO_WIDTH_REMOVED));
    }
}
