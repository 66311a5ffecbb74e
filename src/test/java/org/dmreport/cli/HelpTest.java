package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

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

    /** The words live in help.properties: an option added without them would show no description. */
    @Test
    void everyOptionOfEveryCommandIsDescribed() {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        CommandLine line =
                Main.commandLine(new Streams(InputStream.nullInputStream(), none, none, false, false, Map.of()), null);
        List<CommandLine> commands = new ArrayList<>(List.of(line));
        commands.addAll(line.getSubcommands().values());
        int options = 0;
        for (CommandLine command : commands) {
            CommandSpec spec = command.getCommandSpec();
            assertTrue(spec.usageMessage().description().length > 0, spec.qualifiedName() + " has no description");
            for (OptionSpec option : spec.options()) {
                String words = String.join(" ", option.description()).strip();
                assertFalse(words.isEmpty(), spec.qualifiedName() + " " + option.longestName() + " has no description");
                options++;
            }
        }
        assertTrue(options > 60, "options seen: " + options);
    }
}
