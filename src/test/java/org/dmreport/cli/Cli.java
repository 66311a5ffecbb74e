package org.dmreport.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures what a user would see. */
public final class Cli {

    /** Exit code and the two output streams. */
    public record Result(int code, String out, String err) {}

    private Cli() {}

    public static Result run(String... args) {
        return runWithStdin(new byte[0], args);
    }

    public static Result runWithStdin(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), out, err);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
