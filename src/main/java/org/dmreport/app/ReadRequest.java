package org.dmreport.app;

import java.nio.file.Path;
import java.util.List;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.OutputTarget;
import org.dmreport.input.schema.KnownShapes;

/**
 * Everything that decides which inputs are read and how.
 *
 * @param times    how capture times are decided
 * @param threads  how many threads read inputs (and run the rules across captures); output never
 *                 depends on it
 * @param progress hears how far reading has come (a progress line on a terminal)
 * @param knownShapes a file that keeps the shapes of documents found valid between runs (see
 *                 {@link KnownShapes}), or null for none
 * @param window   the captures needed, by capture time; the others are not opened
 */
public record ReadRequest(
        InputSelection inputs,
        ReadMode mode,
        ReadLimits limits,
        CaptureTimes.Policy times,
        int threads,
        ProgressListener progress,
        Path knownShapes,
        ReadWindow window) {
    public ReadRequest {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** This request, refusing to run when one of {@code targets} is an input found. */
    public ReadRequest guarding(List<OutputTarget> targets) {
        return new ReadRequest(inputs.guarding(targets), mode, limits, times, threads, progress, knownShapes, window);
    }

    /** This request, reading {@code paths} instead of its inputs. */
    public ReadRequest reading(List<String> paths) {
        return new ReadRequest(inputs.of(paths), mode, limits, times, threads, progress, knownShapes, window);
    }

    /** This request, telling no one how far it has come. */
    public ReadRequest quietly() {
        return new ReadRequest(inputs, mode, limits, times, threads, ProgressListener.NONE, knownShapes, window);
    }

    /** This request, reading only the captures {@code window} needs. */
    public ReadRequest within(ReadWindow window) {
        return new ReadRequest(inputs, mode, limits, times, threads, progress, knownShapes, window);
    }
}
