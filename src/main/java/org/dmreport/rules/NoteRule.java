package org.dmreport.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dmreport.model.Note;
import org.dmreport.model.NoteKind;
import org.dmreport.model.Origin;
import org.dmreport.model.Snapshot;

/** Base of the input rules: each turns the reader's notes of some kinds into findings at their lines. */
abstract class NoteRule implements Rule.OfSnapshot {

    private final Set<NoteKind> kinds;

    NoteRule(Set<NoteKind> kinds) {
        this.kinds = kinds;
    }

    @Override
    public final void check(Snapshot snapshot, RuleSettings settings, Reporter reporter) {
        for (Note note : snapshot.notes()) {
            if (kinds.contains(note.kind()) && owns(note, snapshot)) {
                reporter.report(
                        Place.of(snapshot.capture(), snapshot.document(), new Origin("", note.line(), note.column())),
                        note.message(),
                        Map.of("step", note.kind().name().toLowerCase(Locale.ROOT)));
            }
        }
    }

    /** Whether this rule reports {@code note}, rather than a rule that reports the same value otherwise. */
    boolean owns(Note note, Snapshot snapshot) {
        return true;
    }
}
