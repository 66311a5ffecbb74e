package org.dmreport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level command; it only holds the subcommands and the options they all share. The words of
 * every command's help are in {@code help.properties} beside this class, which every subcommand
 * reads through this one.
 */
@Command(
        name = "dmreport",
        resourceBundle = "org.dmreport.cli.help",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything was read",
            "1:findings at or above --fail-on (check)",
            "2:usage error",
            "3:an input was unreadable or not query-status output, or no document was found",
            "4:internal error (rerun with --debug)"
        })
final class DmReportCommand implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT)
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required (status, generate, completion)");
    }
}
