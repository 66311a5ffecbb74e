package org.dmreport.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The input a document came from, the cluster it describes and when it was captured.
 *
 * @param input      the path as given by the user, or as found under a directory they named
 * @param cluster    the DM cluster the input describes, "" when its path names none: every
 *                   identity (task, subtask, source, capture) lives within its cluster
 * @param capturedAt the capture time, {@code null} when {@link TimeSource#NONE}
 */
public record Capture(String input, String cluster, Instant capturedAt, TimeSource timeSource) {
    public Capture {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(timeSource, "timeSource");
    }

    /** A capture of an input whose path names no cluster. */
    public Capture(String input, Instant capturedAt, TimeSource timeSource) {
        this(input, "", capturedAt, timeSource);
    }
}
