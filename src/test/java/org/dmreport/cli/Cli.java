package org.dmreport.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the command line in-process and captures what a user would see. */
public final class Cli {

    /** Exit code and the two output streams. */
    public record Result(int code, String out, String err) {}

    /** The samples' captures and the documentation's three examples, one of them unreadable by design. */
    private static final List<String> SAMPLES_AND_DOCS = List.of(
            "samples",
            "samples/docs/query-status-list.json.example",
            "samples/docs/query-status-task-as-published.json.example",
            "samples/docs/query-status-task-repaired.json.example");

    private Cli() {}

    /** {@code args}, then the samples and the documentation's examples as inputs. */
    public static Result onSamplesAndDocs(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(SAMPLES_AND_DOCS);
        return run(all.toArray(String[]::new));
    }

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
