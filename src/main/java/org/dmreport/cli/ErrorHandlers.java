package org.dmreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.dmreport.app.RefusedRequest;
import org.dmreport.model.Printable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/** Turns every exception into one line on standard error and an exit code; traces only with {@code --debug}. */
final class ErrorHandlers {

    private ErrorHandlers() {}

    /** Usage errors found by picocli: the message and where to find help. */
    static final class Parameters implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine command = e.getCommandLine();
            PrintWriter err = command.getErr();
            err.println("dmreport: " + message(e));
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCode.USAGE.code();
        }

        /** A value our converters refused reads "--option must be ..."; picocli's own messages as they are. */
        private static String message(ParameterException e) {
            if (e.getCause() instanceof TypeConversionException refused
                    && e.getArgSpec() instanceof OptionSpec option) {
                return option.longestName() + " " + refused.getMessage();
            }
            return e.getMessage();
        }
    }

    /**
     * Exceptions thrown by a command: usage errors (exit 2), files that cannot be written or read
     * back (exit 4, said as such: the disk, not a bug) and bugs (exit 4).
     */
    static final class Execution implements IExecutionExceptionHandler {
        private final DmReportCommand root;

        Execution(DmReportCommand root) {
            this.root = root;
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
            PrintWriter err = command.getErr();
            if (e instanceof UsageException || e instanceof RefusedRequest) {
                err.println("dmreport: " + Printable.line(e.getMessage()));
                err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
                return ExitCode.USAGE.code();
            }
            if (root.debug) {
                e.printStackTrace(err);
            } else if (e instanceof IOException || e instanceof UncheckedIOException) {
                err.println(
                        "dmreport: " + describe(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e));
            } else {
                err.println("dmreport: internal error: " + e + " (rerun with --debug for the stack trace)");
            }
            return ExitCode.INTERNAL.code();
        }
    }

    /** An I/O failure as a user reads it: the file, then what went wrong with it. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String what = f.getReason() != null
                    ? f.getReason()
                    : f instanceof NoSuchFileException
                            ? "no such file or directory"
                            : f instanceof AccessDeniedException
                                    ? "permission denied"
                                    : f instanceof FileAlreadyExistsException
                                            ? "already exists"
                                            : f instanceof NotDirectoryException
                                                    ? "not a directory"
                                                    : f.getClass().getSimpleName();
            return Printable.line(
                    f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": " + what);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
