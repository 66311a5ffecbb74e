package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The completion script as bash runs it: the script {@code dmreport completion} prints is sourced,
 * a command line is laid out as bash lays it out for its completion function, and what the
 * function offers is compared.
 */
class CompletionTest {

    @TempDir
    Path dir;

    /**
     * What bash would offer after {@code line} (the last word, possibly empty, is being completed).
     * Outside an interactive completion bash's {@code compopt} complains on standard error, which is
     * left out.
     */
    private List<String> complete(String line) throws IOException, InterruptedException {
        Path script = Files.writeString(
                dir.resolve("completion.bash"), Cli.run("completion").out());
        Files.createDirectories(dir.resolve("captures"));
        Files.writeString(dir.resolve("captures.json"), "{}");
        String[] parts = line.split(" ", -1);
        StringBuilder array = new StringBuilder();
        for (String part : parts) {
            array.append('\'').append(part).append("' ");
        }
        Process bash = new ProcessBuilder(
                        "bash",
                        "-c",
                        "source \"$1\"; COMP_WORDS=(" + array + "); COMP_CWORD="
                                + (parts.length - 1) + "; COMP_LINE='" + line
                                + "'; COMP_POINT=${#COMP_LINE}; _complete_dmreport; "
                                + "printf '%s\\n' \"${COMPREPLY[@]}\"",
                        "completion-test",
                        script.toString())
                .directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), out);
        List<String> offered = new ArrayList<>(
                out.lines().filter(l -> !l.isBlank()).map(String::strip).toList());
        offered.sort(null);
        return offered;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'dmreport check --fail-on '|error,info,never,warning",
                "'dmreport check -f '|codeclimate,github,json,junit,sarif,text",
                "dmreport check --color a|always,auto",
                "'dmreport status --time-from '|auto,mtime,path",
                "'dmreport report -f '|csv,email,html,json,md,slack",
                "'dmreport rules -f '|json,md,text",
                "'dmreport schema '|api-error,api-source,api-source-list,api-source-status,api-task,api-task-list,"
                        + "api-task-status,full,summary",
                "dmreport check capt|captures,captures.json",
                "dmreport report -o capt|captures,captures.json",
                "dmreport status -f json -o captures.|captures.json"
            })
    void optionValuesAndPathsComplete(String line, String expected) throws Exception {
        assertEquals(List.of(expected.split(",")), complete(line));
    }
}
