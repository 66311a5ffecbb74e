package org.dmreport.input.find;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file a command is about to write, with the option that named it ({@code -o}, {@code
 * --write-baseline}), so that the finder can refuse it when it is one of the inputs found.
 */
public record OutputTarget(String option, Path path) {
    public OutputTarget {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(path, "path");
    }
}
