package org.dmreport.input;

import java.nio.file.Path;

/**
 * One input to read: a file, or standard input.
 *
 * @param name how the input is shown to the user: the path as given or found, or {@code -}
 * @param path the file, or null for standard input
 */
public record InputSource(String name, Path path) {

    /** The name standard input goes by. */
    public static final String STDIN = "-";

    public static InputSource stdin() {
        return new InputSource(STDIN, null);
    }

    public boolean isStdin() {
        return path == null;
    }
}
