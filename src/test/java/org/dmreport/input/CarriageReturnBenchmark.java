package org.dmreport.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dmreport.bench.WarmBenchmark;
import org.dmreport.input.text.TextDecoder;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The scan every clean file gets before its fast path: is there a carriage return? Read eight
 * bytes at a time through a VarHandle, as the reader does, against the plain loop it replaced,
 * over the samples' bytes (one day of captures, 141 files, about 520 KB, none with a CR: the whole
 * buffer is scanned, as for every clean file).
 */
public class CarriageReturnBenchmark extends WarmBenchmark {

    public final byte[] bytes = samples();

    private static byte[] samples() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.walk(Path.of("samples/captures"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                all.write(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toByteArray();
    }

    @Benchmark
    public boolean wordAtATime() {
        return TextDecoder.hasCarriageReturn(bytes, bytes.length);
    }

    @Benchmark
    public boolean byteAtATime() {
        for (int k = 0; k < bytes.length; k++) {
            if (bytes[k] == '\r') {
                return true;
            }
        }
        return false;
    }
}
