package org.dmreport.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dmreport.app.InputSelection;
import org.dmreport.app.ProgressListener;
import org.dmreport.app.ReadRequest;
import org.dmreport.app.ReadWindow;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.ClusterNames;
import org.dmreport.input.find.InputFinder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every reading command shares: inputs, globs, strictness, time source, limits, threads. */
final class ReadingOptions {

    /** The environment variable naming a file of shapes known valid, kept between runs (bin/dmreport sets it). */
    static final String KNOWN_SHAPES = "DMREPORT_SHAPE_CACHE";

    /** The largest --max-input-size: an input is held whole, as bytes and then as characters. */
    static final long MAX_INPUT_SIZE = 1L << 30;

    /**
     * The most threads a run may ask for: more cannot make reading faster, and each costs a stack and
     * a share of the memory budget.
     */
    static int mostThreads(int processors) {
        return Math.max(16, 4 * processors);
    }

    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description = "Files, directories (walked recursively in sorted order), or - for standard input. "
                    + "@FILE reads arguments from FILE.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB")
    List<String> excludes = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Strictness strictness;

    static final class Strictness {
        @Option(names = "--lenient", required = true)
        boolean lenient;

        @Option(names = "--strict", required = true)
        boolean strict;
    }

    @ArgGroup(exclusive = true)
    ClusterNaming clusterNaming;

    /** How inputs name their DM cluster, when not by the folders below the named input. */
    static final class ClusterNaming {
        @Option(names = "--cluster-per-input", required = true)
        boolean perInput;

        @Option(names = "--cluster-pattern", paramLabel = "REGEX", required = true)
        String pattern;
    }

    @Option(names = "--time-from", paramLabel = "auto|path|mtime", defaultValue = "auto")
    CaptureTimes.Preference timeFrom;

    @Option(names = "--path-zone", paramLabel = "ZONE")
    String pathZone;

    @Option(names = "--captured-at", paramLabel = "TIME")
    String capturedAt;

    /** What {@code --captured-at now} reads. */
    Clock clock = Clock.systemUTC();

    @Option(names = "--threads", paramLabel = "N")
    Integer threads;

    @Option(names = {"-q", "--quiet"})
    boolean quiet;

    @Option(names = "--max-input-size", paramLabel = "BYTES", defaultValue = "67108864")
    long maxInputSize;

    private static void checkGlob(String option, String glob) {
        String problem = InputFinder.globProblem(glob);
        if (problem != null) {
            throw new UsageException(option + " '" + glob + "' is not a glob: " + problem);
        }
    }

    /** The request; a progress line goes to {@code streams}' standard error when it is a terminal. */
    ReadRequest toRequest(Streams streams) {
        ReadMode mode = strictness == null ? ReadMode.DEFAULT : strictness.lenient ? ReadMode.LENIENT : ReadMode.STRICT;
        for (String glob : includes) {
            checkGlob("--include", glob);
        }
        for (String glob : excludes) {
            checkGlob("--exclude", glob);
        }
        ClusterNames clusters = clusterNames();
        if (maxInputSize < 1 || maxInputSize > MAX_INPUT_SIZE) {
            throw new UsageException("--max-input-size must be from 1 to " + MAX_INPUT_SIZE
                    + " (1 GiB: an input is held whole in memory), not " + maxInputSize);
        }
        int processors = Runtime.getRuntime().availableProcessors();
        int mostThreads = mostThreads(processors);
        int threadCount = threads == null ? processors : threads;
        if (threadCount < 1 || threadCount > mostThreads) {
            throw new UsageException("--threads must be from 1 to " + mostThreads
                    + " (4 per processor, at least 16), not " + threadCount);
        }
        ReadLimits limits = new ReadLimits(
                maxInputSize,
                ReadLimits.DEFAULT.maxDepth(),
                ReadLimits.DEFAULT.maxStringChars(),
                ReadLimits.DEFAULT.maxNumberChars());
        ProgressListener progress =
                streams.errTerminal() && !quiet ? new ProgressLine(streams.err()) : ProgressListener.NONE;
        String knownShapes = streams.env().get(KNOWN_SHAPES);
        return new ReadRequest(
                new InputSelection(inputs.stream().map(Path::toString).toList(), includes, excludes, clusters),
                mode,
                limits,
                new CaptureTimes.Policy(timeFrom, pathZone(), stdinTime()),
                threadCount,
                progress,
                knownShapes == null || knownShapes.isEmpty() ? null : Path.of(knownShapes),
                ReadWindow.ALL);
    }

    /** The zone of path timestamps without an offset: --path-zone, else UTC. */
    private ZoneId pathZone() {
        if (pathZone == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(pathZone);
        } catch (DateTimeException e) {
            throw new UsageException(
                    "--path-zone " + pathZone + ": not a time zone (write UTC, +08:00 or Asia/Shanghai)");
        }
    }

    /** The capture time of standard input: --captured-at as an ISO-8601 instant or offset date-time, or now. */
    private Instant stdinTime() {
        if (capturedAt == null) {
            return null;
        }
        if (capturedAt.equals("now")) {
            return clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return OffsetDateTime.parse(capturedAt).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException(
                    "--captured-at " + capturedAt + ": write 2026-11-27T07:00:00Z, 2026-11-27T09:00:00+02:00 or now");
        }
    }

    private ClusterNames clusterNames() {
        if (clusterNaming == null) {
            return ClusterNames.fromFolders();
        }
        if (clusterNaming.perInput) {
            return ClusterNames.perInput();
        }
        try {
            return ClusterNames.matching(clusterNaming.pattern);
        } catch (IllegalArgumentException e) {
            throw new UsageException(
                    "--cluster-pattern '" + clusterNaming.pattern + "' is not a regular expression: " + e.getMessage());
        }
    }
}
