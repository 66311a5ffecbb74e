package org.dmreport.rules;

import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.NoteKind;

/** A repair --lenient made to the text: what was read is not exactly what was saved. */
public final class LenientRepairRule extends NoteRule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("lenient-repair", Category.INPUT, Severity.WARNING,
            "The text was repaired to be read",
            "With --lenient the reader removes comments, trailing and doubled commas, inserts missing commas, "
                    + "reads around '...' elisions and wraps bare fragments. dmctl never prints any of these, so "
                    + "the text was edited by hand; values next to a repair deserve a second look.",
            "{\"result\": true, # comment\n \"msg\": \"\", \"sources\": [],}");

    public LenientRepairRule() {
        super(Set.of(NoteKind.COMMENT_REMOVED, NoteKind.TRAILING_COMMA_REMOVED, NoteKind.COMMA_INSERTED,
                NoteKind.ELISION_REMOVED, NoteKind.FRAGMENT_WRAPPED));
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }
}
