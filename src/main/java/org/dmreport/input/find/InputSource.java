package org.dmreport.input.find;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file, or standard input.
 *
 * @param name    how the input is shown to the user: the path as given or found, or {@code -}
 * @param path    the file, or null for standard input
 * @param cluster the DM cluster the input describes, as {@link ClusterNames} decided it; "" for none
 */
public record InputSource(String name, Path path, String cluster) {

    /** The name standard input goes by. */
    public static final String STDIN = "-";

    public InputSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cluster, "cluster");
    }

    /** An input that names no cluster. */
    public InputSource(String name, Path path) {
        this(name, path, "");
    }

    public static InputSource stdin() {
        return new InputSource(STDIN, null);
    }

    public boolean isStdin() {
        return path == null;
    }
}
