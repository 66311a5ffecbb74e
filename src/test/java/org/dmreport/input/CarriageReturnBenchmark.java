package org.dmreport.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dmreport.input.text.TextDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The scan every clean file gets before its fast path: is there a carriage return? Read eight
 * bytes at a time through a VarHandle, as the reader does, against the plain loop it replaced,
 * over the samples' bytes (one day of captures, 141 files, about 520 KB, none with a CR: the whole
 * buffer is scanned, as for every clean file).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseSerialGC")
public class CarriageReturnBenchmark {

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
