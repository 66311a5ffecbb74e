package org.dmreport.rules;

import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.NoteKind;

/** A key twice in one object. */
@RuleDoc(id = "duplicate-key", category = Category.INPUT, severity = Severity.WARNING)
public final class DuplicateKeyRule extends NoteRule {

    public DuplicateKeyRule() {
        super(Set.of(NoteKind.DUPLICATE_KEY));
    }
}
