package org.dmreport.rules;

import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.NoteKind;

/** A key matched only without regard to case. */
public final class KeyCaseRule extends NoteRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("key-case", Category.INPUT, Severity.INFO,
            "A key was matched without regard to case",
            "DM prints proto field names exactly (masterBinlogGtid, cutoverBinlogGtid). 2018 builds printed "
                    + "PascalCase sync and relay keys, and the documentation spells cutoverBinlogGTID; such keys are "
                    + "read as the key they differ from only in case.",
            "\"sync\": {\"TotalEvents\": \"0\"}");

    public KeyCaseRule() {
        super(Set.of(NoteKind.KEY_CASE));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
