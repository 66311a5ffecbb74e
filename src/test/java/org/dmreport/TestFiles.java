package org.dmreport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the shared corpora and the shipped samples. */
public final class TestFiles {

    private TestFiles() {}

    /** {@code ../shared}, as laid beside every checkout; a missing folder fails the test, never skips it. */
    public static Path shared() {
        Path shared =
                Path.of(System.getProperty("dmreport.shared", "../shared")).normalize();
        assertTrue(
                Files.isDirectory(shared),
                "the shared corpora are expected at " + shared.toAbsolutePath()
                        + ": put the shared/ folder beside this checkout, or name it with -Ddmreport.shared=DIR");
        return shared;
    }

    public static Path realOutputs() {
        return shared().resolve("corpora/dm-real-outputs");
    }

    public static Path jsonTestSuite() {
        return shared().resolve("corpora/JSONTestSuite/test_parsing");
    }

    public static Path samples() {
        return Path.of("samples");
    }
}
