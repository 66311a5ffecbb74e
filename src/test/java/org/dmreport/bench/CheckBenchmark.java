package org.dmreport.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.dmreport.cli.Main;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole {@code dmreport check} of a folder, run again and again in one JVM, with the launcher's
 * collector and compiler settings: the first iteration is what a user's run costs, the later ones
 * what the same work costs once the JVM is warm. The difference is the warm-up that the end-to-end
 * benchmark pays in every run. By default the shipped samples; {@code -p corpus=target/bench/1g}
 * for the corpus {@code bin/benchmark 1g} makes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {
            "-XX:+UseSerialGC",
            "-Xms64m",
            "-Xmn48m",
            "-XX:MinHeapFreeRatio=20",
            "-XX:MaxHeapFreeRatio=40",
            "-XX:Tier4InvocationThreshold=100000",
            "-XX:Tier4MinInvocationThreshold=20000",
            "-XX:Tier4CompileThreshold=120000",
            "-XX:Tier4BackEdgeThreshold=1000000",
            "-XX:FreqInlineSize=150",
            "-XX:InlineSmallCode=1000"
        })
public class CheckBenchmark {

    @Param("samples/captures")
    public String corpus;

    /** The exit code, which is 0 when every document was read and no rule is set to fail the run. */
    @Benchmark
    public int check() {
        return Main.run(
                new String[] {"check", "--fail-on", "never", corpus},
                InputStream.nullInputStream(),
                OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream());
    }
}
