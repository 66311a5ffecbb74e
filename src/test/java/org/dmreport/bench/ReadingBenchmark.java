package org.dmreport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dmreport.app.GenerateJob;
import org.dmreport.generate.ScenarioSettings;
import org.dmreport.input.DumpReader;
import org.dmreport.input.ReadResult;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputSource;
import org.dmreport.input.schema.KnownShapes;
import org.dmreport.input.schema.SchemaValidator;
import org.dmreport.model.Capture;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The reading path's inner loop, warm, on one thread: what one document costs from bytes in memory
 * to its snapshot, against Jackson's token scan of the same bytes (the parse floor), without the
 * start-up, compilation, collection and file reading that the end-to-end benchmark also measures.
 * Each operation reads every document of twelve generated per-minute captures of 8 tasks on 16
 * sources (the shape of {@code bin/benchmark}'s corpus) once, so scores compare directly:
 * <ul>
 *   <li>{@code tokenScan}: every token pulled, as the end-to-end floor does;</li>
 *   <li>{@code tokenScanWithText}: and every name and string made a {@code String}, which any
 *       reader of the values must pay;</li>
 *   <li>{@code read}: dmreport's reader, to snapshots, without the schema;</li>
 *   <li>{@code readValidated}: with the schema, whose shapes are all known valid after the first
 *       document of each, as in a long run.</li>
 * </ul>
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadingBenchmark extends WarmBenchmark {

    /** Twelve captures a minute apart: 9 files each, 108 documents of 2.5 MiB in all. */
    static final ScenarioSettings CORPUS =
            new ScenarioSettings(42, 12, 8, 16, Duration.ofMinutes(1), Instant.parse("2026-11-26T00:00:00Z"));

    private final JsonFactory factory = JsonFactory.builder().build();
    private final DumpReader reader =
            new DumpReader(ReadMode.DEFAULT, ReadLimits.DEFAULT, CaptureTimes.Preference.AUTO);
    private final DumpReader validating = new DumpReader(
            ReadMode.DEFAULT,
            ReadLimits.DEFAULT,
            CaptureTimes.Preference.AUTO,
            new SchemaValidator(KnownShapes.none()));
    private final List<InputSource> sources = new ArrayList<>();
    private final List<Capture> captures = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();

    /**
     * Generates the documents, holds their bytes, and checks that both readers read every one whole
     * (a benchmark of a reader that fails early would measure nothing).
     */
    @Setup
    public void generate() throws IOException {
        Path dir = Files.createTempDirectory("dmreport-bench");
        try {
            GenerateJob.run(CORPUS, dir);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                InputSource source = new InputSource(dir.relativize(file).toString(), file);
                sources.add(source);
                captures.add(reader.captureOf(source));
                contents.add(Files.readAllBytes(file));
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (int i = 0; i < sources.size(); i++) {
            for (DumpReader r : List.of(reader, validating)) {
                ReadResult result = r.read(sources.get(i), contents.get(i), captures.get(i));
                if (!result.problems().isEmpty() || result.snapshots().size() != 1) {
                    throw new IllegalStateException(sources.get(i).name() + ": " + result.problems());
                }
            }
        }
    }

    /** How many documents an operation reads. */
    int documents() {
        return contents.size();
    }

    /** How many bytes an operation reads. */
    long bytes() {
        return contents.stream().mapToLong(c -> c.length).sum();
    }

    @Benchmark
    public long tokenScan() {
        long tokens = 0;
        for (byte[] content : contents) {
            try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), content)) {
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    tokens++;
                }
            }
        }
        return tokens;
    }

    @Benchmark
    public long tokenScanWithText() {
        long chars = 0;
        for (byte[] content : contents) {
            try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), content)) {
                for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                    if (t == JsonToken.PROPERTY_NAME || t.isScalarValue()) {
                        chars += parser.getString().length();
                    }
                }
            }
        }
        return chars;
    }

    @Benchmark
    public int read() {
        return readAll(reader);
    }

    @Benchmark
    public int readValidated() {
        return readAll(validating);
    }

    private int readAll(DumpReader r) {
        int snapshots = 0;
        for (int i = 0; i < contents.size(); i++) {
            snapshots += r.read(sources.get(i), contents.get(i), captures.get(i))
                    .snapshots()
                    .size();
        }
        return snapshots;
    }
}
