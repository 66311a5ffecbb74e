package org.dmreport.model;

import java.util.Optional;

/** A subtask's processing unit as DM's proto names it. */
public enum Unit {
    Check,
    Dump,
    Load,
    Sync,
    Relay,
    InvalidUnit;

    /** Whether {@code printed} is this unit as DM prints it (null is none). */
    public boolean is(String printed) {
        return name().equals(printed);
    }

    private static final ProtoNames<Unit> NAMES = new ProtoNames<>(values());

    /** The unit printed as {@code text}, matched exactly as DM prints enum names. */
    public static Optional<Unit> parse(String text) {
        return NAMES.parse(text);
    }
}
