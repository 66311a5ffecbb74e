package org.dmreport.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command; it only holds the subcommands and the options they all share. */
@Command(
        name = "dmreport",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description =
                "Reads saved dmctl query-status dumps, recomputes task status as dmctl does, " + "and reports on them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything was read",
            "1:findings at or above --fail-on (check)",
            "2:usage error",
            "3:an input was unreadable or not query-status output, or no document was found",
            "4:internal error (rerun with --debug)"
        })
final class DmReportCommand implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of internal errors.")
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "a command is required (status, generate, completion)");
    }
}
