package org.dmreport.model;

import java.util.Optional;

/** A subtask or relay stage as DM's proto names it. */
public enum Stage {
    New,
    Running,
    Paused,
    Stopped,
    Finished,
    Pausing,
    Resuming,
    Stopping,
    InvalidStage;

    /** Whether {@code printed} is this stage as DM prints it (null is none). */
    public boolean is(String printed) {
        return name().equals(printed);
    }

    private static final ProtoNames<Stage> NAMES = new ProtoNames<>(values());

    /** The stage printed as {@code text}, matched exactly as DM prints enum names. */
    public static Optional<Stage> parse(String text) {
        return NAMES.parse(text);
    }
}
