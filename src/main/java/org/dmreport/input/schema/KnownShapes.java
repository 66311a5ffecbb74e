package org.dmreport.input.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.dmreport.input.core.BuildInfo;

/**
 * Shapes of documents found valid against the JSON Schemas (see {@link ShapeKeys}), which may be
 * kept in a file between runs: a run whose documents all have known shapes never starts the schema
 * validator, which is a third of the time of a one-file check. A document's shape decides its
 * validity, so results are the same with the file or without it. The file names the build, the
 * code that computes shapes and the schemas it was made for (CRC-32s of the class file and of the
 * schemas' text); made for others, or unreadable, it is ignored and made anew.
 * At most {@link #MAX} shapes are kept. Thread-safe.
 */
public final class KnownShapes {

    /** More shapes than a cluster's captures have; a bound on memory and on the file. */
    static final int MAX = 10_000;

    private static final String HEADER = "dmreport valid shapes, ";

    private final Set<ShapeKeys.Key> shapes = ConcurrentHashMap.newKeySet();
    private final int loaded;

    private KnownShapes(List<ShapeKeys.Key> known) {
        known.stream().limit(MAX).forEach(shapes::add);
        this.loaded = shapes.size();
    }

    /** None known, and nothing to keep. */
    public static KnownShapes none() {
        return new KnownShapes(List.of());
    }

    /** The shapes kept in {@code file}; none when it is missing, unreadable or made for other schemas. */
    public static KnownShapes read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return none();
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER + fingerprint())) {
            return none();
        }
        List<ShapeKeys.Key> known = new ArrayList<>(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            String[] halves = line.split(" ", -1);
            try {
                if (halves.length == 2) {
                    known.add(new ShapeKeys.Key(
                            Long.parseUnsignedLong(halves[0], 16), Long.parseUnsignedLong(halves[1], 16)));
                    continue;
                }
            } catch (NumberFormatException e) {
                // a damaged file is not trusted at all
            }
            return none();
        }
        return new KnownShapes(known);
    }

    boolean contains(ShapeKeys.Key shape) {
        return shapes.contains(shape);
    }

    void add(ShapeKeys.Key shape) {
        if (shapes.size() < MAX) {
            shapes.add(shape);
        }
    }

    /** Whether shapes were found valid since this was read: then the file is worth writing again. */
    public boolean grew() {
        return shapes.size() > loaded;
    }

    /** The file's text: the header, then one shape a line, sorted so that equal sets give equal files. */
    public String text() {
        StringBuilder text = new StringBuilder(HEADER).append(fingerprint()).append('\n');
        shapes.stream()
                .sorted(Comparator.comparing(ShapeKeys.Key::first, Long::compareUnsigned)
                        .thenComparing(ShapeKeys.Key::second, Long::compareUnsigned))
                .forEach(k -> text.append(Long.toHexString(k.first()))
                        .append(' ')
                        .append(Long.toHexString(k.second()))
                        .append('\n'));
        return text.toString();
    }

    /** Of the schemas shipped: a file made for other schemas says other validities. */
    private static String fingerprint() {
        return Fingerprint.VALUE;
    }

    /** Computed once, when first asked: reading and writing the file both need it. */
    private static final class Fingerprint {
        static final String VALUE = compute();

        private static String compute() {
            CRC32 crc = new CRC32();
            for (DocumentSchema schema : DocumentSchema.values()) {
                crc.update(schema.text().getBytes(StandardCharsets.UTF_8));
            }
            return "build " + BuildInfo.version() + ", shape code " + BuildInfo.codeOf(ShapeKeys.class) + ", schemas "
                    + Long.toHexString(crc.getValue());
        }
    }
}
