package org.dmreport.rules;

import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.NoteKind;

/** A key twice in one object. */
public final class DuplicateKeyRule extends NoteRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("duplicate-key", Category.INPUT, Severity.WARNING,
            "A key appears twice in one object",
            "Go's marshaller never prints a key twice, so a duplicate comes from hand editing. The later value is "
                    + "used, as DM's own decoder would; --strict refuses the document instead.",
            "{\"result\": true, \"msg\": \"\", \"msg\": \"x\", \"sources\": []}");

    public DuplicateKeyRule() {
        super(Set.of(NoteKind.DUPLICATE_KEY));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
