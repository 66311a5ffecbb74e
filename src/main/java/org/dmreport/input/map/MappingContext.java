package org.dmreport.input.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dmreport.input.tree.StringPool;
import org.dmreport.model.DmVersion;
import org.dmreport.model.Note;
import org.dmreport.model.NoteKind;
import org.dmreport.model.UnknownKey;
import org.dmreport.model.VersionSign;

/**
 * What the mapper collects while it walks one document: notes, unknown keys, and the evidence of
 * which DM version printed it (dm-behaviour §3).
 */
final class MappingContext {

    final List<Note> notes = new ArrayList<>();
    final List<UnknownKey> unknownKeys = new ArrayList<>();
    /** The reading thread's pool, for the pointers kept with the model. */
    final StringPool strings = StringPool.local();

    private final Set<String> caseNoted = new HashSet<>();

    /** Highest lower bound any key implies; null while nothing implied one. */
    DmVersion atLeast;
    /** Keys in PascalCase, as a 2018 build printed them. */
    boolean pascalCase;
    /** The 1.0 {@code workers} layout. */
    boolean workersLayout;

    void note(NoteKind kind, int line, int column, String message) {
        notes.add(new Note(kind, line, column, message));
    }

    void unknownKey(UnknownKey key) {
        unknownKeys.add(key);
    }

    /** Records that a key was found only without regard to case; noted once per spelling. */
    void keyCase(String found, String expected, int line, int column) {
        if (Character.isUpperCase(found.charAt(0)) && Character.isLowerCase(expected.charAt(0))) {
            pascalCase = true;
        }
        if (caseNoted.add(found)) {
            note(NoteKind.KEY_CASE, line, column, "key \"" + found + "\" read as \"" + expected + "\" (case differs)");
        }
    }

    /** Records a double printed as a string, as the documentation shows it: one note for each value. */
    void quotedDouble(String pointer, int line, int column) {
        note(
                NoteKind.VALUE_TYPE,
                line,
                column,
                pointer
                        + " is a quoted number, as the documentation prints it; DM prints these dump counters as numbers");
    }

    /** Raises the lower version bound to the release that first printed {@code sign}, if it is higher. */
    void saw(VersionSign sign) {
        since(sign.since());
    }

    /** Raises the lower version bound to {@code version} if it is higher. */
    private void since(DmVersion version) {
        if (atLeast == null || version.compareTo(atLeast) > 0) {
            atLeast = version;
        }
    }
}
