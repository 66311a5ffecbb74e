package org.dmreport.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.dmreport.analysis.StageMachine;
import org.dmreport.input.find.CaptureTimes;
import picocli.CommandLine;

/**
 * The entry point. {@link #run} is the seam tests use; {@link #main} is the only place that calls
 * {@code System.exit}.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // The descriptor itself rather than System.out, a PrintStream that would swallow write errors.
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(
                        new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                        StandardCharsets.UTF_8),
                true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        boolean console = System.console() != null;
        int code = run(
                args,
                System.in,
                out,
                err,
                tty("dmreport.tty.out", console),
                tty("dmreport.tty.err", console),
                System.getenv());
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Whether a stream is a terminal: bin/dmreport tells (the JVM cannot ask about one stream),
     * else the JVM's console stands for both.
     */
    private static boolean tty(String property, boolean console) {
        String told = System.getProperty(property);
        return told == null || told.isEmpty() ? console : Boolean.parseBoolean(told);
    }

    /** Runs one command line with the given streams and environment and returns the exit code. */
    public static int run(
            String[] args,
            InputStream in,
            PrintWriter out,
            PrintWriter err,
            boolean terminal,
            Map<String, String> env) {
        return run(args, in, out, err, terminal, terminal, env);
    }

    /** As above, telling apart whether standard output and standard error are terminals. */
    public static int run(
            String[] args,
            InputStream in,
            PrintWriter out,
            PrintWriter err,
            boolean outTerminal,
            boolean errTerminal,
            Map<String, String> env) {
        Streams streams = new Streams(in, out, err, outTerminal, errTerminal, env);
        CommandLine line = commandLine(streams, args.length > 0 ? args[0] : null);
        int code;
        try {
            code = line.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("dmreport: internal error: out of memory; give the JVM more with "
                    + "DMREPORT_JAVA_OPTS=-Xmx2g (or more), or read fewer inputs at once");
            code = ExitCode.INTERNAL.code();
        } catch (StackOverflowError e) {
            err.println("dmreport: internal error: stack overflow (rerun with --debug for the stack trace)");
            code = ExitCode.INTERNAL.code();
        }
        // A PrintWriter keeps write errors to itself: output lost to a full or closed standard
        // output must not end in success.
        if (out.checkError()) {
            err.println("dmreport: standard output: cannot be written (closed, or its device is full)");
            code = ExitCode.INTERNAL.code();
        }
        err.flush();
        return code;
    }

    /** Convenience for tests: byte streams instead of writers. */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        return run(
                args,
                in,
                new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true),
                false,
                Map.of());
    }

    /**
     * The command line; when {@code first} names a subcommand, only that one is built. Building a
     * command reads its annotations by reflection, a good part of the start-up of a one-file run;
     * everything a user sees of that subcommand (its options, help and errors) is the same.
     */
    static CommandLine commandLine(Streams streams, String first) {
        DmReportCommand root = new DmReportCommand();
        CommandLine line = new CommandLine(root);
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("status", () -> new StatusCommand(streams));
        subcommands.put("check", () -> new CheckCommand(streams));
        subcommands.put("report", () -> new ReportCommand(streams, Clock.systemUTC()));
        subcommands.put("rules", () -> new RulesCommand(streams));
        subcommands.put("schema", () -> new SchemaCommand(streams));
        subcommands.put("generate", () -> new GenerateCommand(streams));
        subcommands.put("completion", () -> new CompletionCommand(streams, line));
        boolean one = first != null && subcommands.containsKey(first) && !first.equals("completion");
        subcommands.forEach((name, command) -> {
            if (!one || name.equals(first)) {
                // Every command's help the same way: -h and -V, options in the order they are
                // declared, as wide as the terminal.
                CommandLine sub = new CommandLine(command.get());
                sub.getCommandSpec().mixinStandardHelpOptions(true);
                sub.getCommandSpec().usageMessage().sortOptions(false).autoWidth(true);
                line.addSubcommand(name, sub);
            }
        });
        line.setOut(streams.out());
        line.setErr(streams.err());
        line.registerConverter(Color.class, new Words<>(Color.class));
        line.registerConverter(FailOn.class, new Words<>(FailOn.class));
        line.registerConverter(CaptureTimes.Preference.class, new Words<>(CaptureTimes.Preference.class));
        line.registerConverter(StageMachine.Mode.class, new Words<>(StageMachine.Mode.class));
        line.setExitCodeExceptionMapper(
                e -> e instanceof UsageException ? ExitCode.USAGE.code() : ExitCode.INTERNAL.code());
        line.setParameterExceptionHandler(new ErrorHandlers.Parameters());
        line.setExecutionExceptionHandler(new ErrorHandlers.Execution(root));
        return line;
    }
}
