package org.dmreport.rules;

import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.NoteKind;

/** Text around documents or zero-width characters that the reader skipped. */
public final class TextSkippedRule extends NoteRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("text-skipped", Category.INPUT, Severity.INFO,
            "Text outside the JSON document was skipped",
            "Saved captures often hold a shell prompt (» query-status test), tiup banner lines, or several "
                    + "documents appended with >>; pasted text may carry zero-width characters. The reader skips "
                    + "them (never with --strict) and says where, so that nothing it ignored goes unseen.",
            "» query-status test\n{\"result\": true, \"msg\": \"\", \"sources\": []}");

    public TextSkippedRule() {
        super(Set.of(NoteKind.TEXT_BEFORE_SKIPPED, NoteKind.TEXT_AFTER_SKIPPED, NoteKind.TEXT_BETWEEN_SKIPPED,
                NoteKind.ZERO_WIDTH_REMOVED));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
