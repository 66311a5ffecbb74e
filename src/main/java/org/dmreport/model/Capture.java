package org.dmreport.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The input a document came from and when it was captured.
 *
 * @param input      the path as given by the user, or as found under a directory they named
 * @param capturedAt the capture time, {@code null} when {@link TimeSource#NONE}
 */
public record Capture(String input, Instant capturedAt, TimeSource timeSource) {
    public Capture {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(timeSource, "timeSource");
    }
}
