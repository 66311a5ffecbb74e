package org.dmreport.rules;

import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.NoteKind;

/** A value of another type than DM prints. */
public final class ValueTypeRule extends NoteRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("value-type", Category.INPUT, Severity.WARNING,
            "A value has another type than DM prints",
            "DM prints 64-bit integers as strings, doubles and 32-bit integers as numbers (dm-behaviour §2). "
                    + "Both forms of a number are read; anything else (a word where a number belongs) is read as "
                    + "absent, never guessed. The documentation's quoted dump counters are reported here too.",
            "\"load\": {\"finishedBytes\": \"many\"}");

    public ValueTypeRule() {
        super(Set.of(NoteKind.VALUE_TYPE));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
