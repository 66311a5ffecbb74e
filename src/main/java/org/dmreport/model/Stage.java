package org.dmreport.model;

import java.util.Optional;

/** A subtask or relay stage as DM's proto names it. */
public enum Stage {
    New, Running, Paused, Stopped, Finished, Pausing, Resuming, Stopping, InvalidStage;

    /** The stage printed as {@code text}, matched exactly as DM prints enum names. */
    public static Optional<Stage> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Stage stage : values()) {
            if (stage.name().equals(text)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
