package org.dmreport.rules;

import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.NoteKind;

/** A key matched only without regard to case. */
@RuleDoc(id = "key-case", category = Category.INPUT, severity = Severity.INFO)
public final class KeyCaseRule extends NoteRule {

    public KeyCaseRule() {
        super(Set.of(NoteKind.KEY_CASE));
    }
}
