package org.dmreport.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dmreport.TestFiles;

/**
 * What the whole-program fuzz targets start from: the shipped samples and the real published
 * outputs, mutated by the fuzzer's bytes (spliced, truncated, gzipped, or replaced outright), laid
 * out in capture folders whose names the fuzzer also chooses.
 */
public final class FuzzedInputs {

    /** Every base document, read once per JVM: a fuzzer runs a target many thousand times. */
    private static final List<byte[]> BASES = load();

    private FuzzedInputs() {}

    private static List<byte[]> load() {
        List<byte[]> bases = new ArrayList<>();
        try {
            for (Path root : List.of(
                    TestFiles.samples().resolve("captures/2026-11-26T00-00-00Z"),
                    TestFiles.samples().resolve("captures/2026-11-26T12-00-00Z"),
                    TestFiles.realOutputs())) {
                try (Stream<Path> files = Files.list(root)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                            .sorted()
                            .toList()) {
                        bases.add(Files.readAllBytes(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(bases);
    }

    /** Base document {@code index}, modulo their number. */
    public static byte[] base(int index) {
        return BASES.get(Math.floorMod(index, BASES.size()));
    }

    /** A base document with up to four of the fuzzer's edits, or wholly the fuzzer's bytes. */
    public static byte[] document(FuzzedDataProvider data) {
        if (data.consumeInt(0, 7) == 0) {
            return data.consumeBytes(data.consumeInt(0, 4096));
        }
        byte[] text = BASES.get(data.consumeInt(0, BASES.size() - 1));
        int edits = data.consumeInt(0, 4);
        for (int i = 0; i < edits; i++) {
            int at = data.consumeInt(0, text.length);
            int removed = data.consumeInt(0, Math.min(64, text.length - at));
            byte[] inserted = data.consumeBytes(data.consumeInt(0, 64));
            ByteArrayOutputStream edited = new ByteArrayOutputStream(text.length + inserted.length);
            edited.write(text, 0, at);
            edited.write(inserted, 0, inserted.length);
            edited.write(text, at + removed, text.length - at - removed);
            text = edited.toByteArray();
        }
        if (data.consumeInt(0, 9) == 0) {
            text = Arrays.copyOf(text, data.consumeInt(0, text.length));
        }
        return text;
    }

    /**
     * A folder of one to three capture folders with one document each; folder names are a real
     * capture time or the fuzzer's text, documents may be gzipped. The caller deletes it with
     * {@link #delete}.
     */
    public static Path folder(FuzzedDataProvider data) {
        try {
            Path root = Files.createTempDirectory("dmreport-fuzz");
            int count = data.consumeInt(1, 3);
            for (int i = 0; i < count; i++) {
                String name =
                        data.consumeBoolean() ? "2026-11-26T0" + i + "-00-00Z" : folderName(data.consumeString(24));
                Path dir = Files.createDirectories(root.resolve(name.isEmpty() ? "x" + i : name + "-" + i));
                boolean gzip = data.consumeInt(0, 5) == 0;
                byte[] bytes = document(data);
                Files.write(
                        dir.resolve(gzip ? "query-status.json.gz" : "query-status.json"), gzip ? gzip(bytes) : bytes);
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fuzzer's text as one path segment: no separator, no NUL, not a dot folder. */
    private static String folderName(String text) {
        String name = text.replace('/', '_').replace('\0', '_');
        return name.startsWith(".") ? "_" + name : name;
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    public static void delete(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
