package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dmreport.fuzz.FuzzedInputs;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz target for the whole command line on a fuzzed folder: {@code status}, {@code check} and
 * {@code report} in every reading mode end in exit 0, 1 or 3, never in an internal error, and
 * {@code check -f json} always writes valid JSON.
 */
class CliFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> MODES = List.of("--default", "--lenient", "--strict");

    @FuzzTest(maxDuration = "")
    void folder(FuzzedDataProvider data) {
        String mode = data.pickValue(MODES);
        int command = data.consumeInt(0, 3);
        Path root = FuzzedInputs.folder(data);
        try {
            List<String> args = new ArrayList<>();
            switch (command) {
                case 0 -> args.addAll(List.of("status", "-f", "json"));
                case 1 -> args.addAll(List.of("check", "-f", "json"));
                case 2 ->
                    args.addAll(List.of(
                            "report",
                            "-f",
                            "html,md,csv,json",
                            "-o",
                            root.resolve("out").toString()));
                default -> args.addAll(List.of("check", "-f", "sarif", "--threads", "2"));
            }
            if (!mode.equals("--default")) {
                args.add(mode);
            }
            args.add(root.toString());
            Cli.Result result = Cli.run(args.toArray(String[]::new));
            assertTrue(Set.of(0, 1, 3).contains(result.code()), () -> "exit " + result.code() + ": " + result.err());
            assertFalse(
                    result.err().lines().anyMatch(line -> line.startsWith("dmreport: internal error")), result::err);
            if (command == 1 || command == 3) {
                JSON.readTree(result.out());
            }
        } finally {
            FuzzedInputs.delete(root);
        }
    }
}
