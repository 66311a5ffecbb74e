package org.dmreport.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every exception into one line on standard error and an exit code; traces only with {@code --debug}. */
final class ErrorHandlers {

    private ErrorHandlers() {}

    /** Usage errors found by picocli: the message and where to find help. */
    static final class Parameters implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine command = e.getCommandLine();
            PrintWriter err = command.getErr();
            err.println("dmreport: " + e.getMessage());
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE.code();
        }
    }

    /** Exceptions thrown by a command: usage errors (exit 2) or bugs (exit 4). */
    static final class Execution implements IExecutionExceptionHandler {
        private final DmReportCommand root;

        Execution(DmReportCommand root) {
            this.root = root;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
            PrintWriter err = command.getErr();
            if (e instanceof UsageException) {
                err.println("dmreport: " + e.getMessage());
                err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
                return ExitCode.USAGE.code();
            }
            if (root.debug) {
                e.printStackTrace(err);
            } else {
                err.println("dmreport: internal error: " + e + " (rerun with --debug for the stack trace)");
            }
            return ExitCode.INTERNAL.code();
        }
    }
}
