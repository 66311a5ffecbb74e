package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/** What {@code --help} prints for the tool and each of its commands, as a user reads it. */
class HelpTest {

    private static final List<List<String>> COMMANDS = List.of(
            List.of(),
            List.of("status"),
            List.of("check"),
            List.of("report"),
            List.of("rules"),
            List.of("schema"),
            List.of("generate"),
            List.of("completion"));

    @Test
    void everyCommandsHelp() {
        StringBuilder all = new StringBuilder();
        for (List<String> command : COMMANDS) {
            String[] args = new String[command.size() + 1];
            for (int i = 0; i < command.size(); i++) {
                args[i] = command.get(i);
            }
            args[command.size()] = "--help";
            Cli.Result help = Cli.run(args);
            assertEquals(0, help.code(), help.err());
            all.append("=== dmreport ")
                    .append(String.join(" ", command))
                    .append(" --help\n")
                    .append(help.out());
        }
        Approvals.verify(all.toString());
    }
}
