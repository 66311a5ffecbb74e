package org.dmreport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dmreport.input.CarriageReturnBenchmark;
import org.dmreport.input.tree.StringPool;
import org.dmreport.input.tree.TreeReadingBenchmark;
import org.dmreport.model.GtidCacheBenchmark;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The JMH benchmarks measure what they say: each operation does its whole work, and every
 * benchmark runs under JMH (briefly, in this JVM), so that none is found broken only when someone
 * wants its figures.
 */
class BenchmarksTest {

    private static final List<Class<?>> BENCHMARKS = List.of(
            ReadingBenchmark.class,
            FieldParsingBenchmark.class,
            CheckBenchmark.class,
            CarriageReturnBenchmark.class,
            GtidCacheBenchmark.class,
            TreeReadingBenchmark.class);

    @Test
    void readingReadsEveryDocumentAndTheScansSeeEveryToken() throws Exception {
        ReadingBenchmark bench = new ReadingBenchmark();
        bench.generate();
        assertEquals(108, bench.documents());
        assertEquals(bench.documents(), bench.read());
        assertEquals(bench.documents(), bench.readValidated());
        // A scan that stopped early would see a fraction of these: thousands of tokens a document, and
        // names and strings that are a good part of its (indented) bytes.
        assertTrue(bench.tokenScan() > 1000L * bench.documents(), "tokens: " + bench.tokenScan());
        assertTrue(bench.tokenScanWithText() > bench.bytes() / 4, "characters: " + bench.tokenScanWithText());
    }

    @Test
    void fieldParsingParsesEveryText() {
        FieldParsingBenchmark bench = new FieldParsingBenchmark();
        assertEquals(4096, bench.gtidOneServer());
        assertEquals(4096, bench.gtidSeveralServers());
        assertEquals(4096, bench.binlogPosition());
        assertEquals(4096, Set.copyOf(FieldParsingBenchmark.SEVERAL_SERVERS).size(), "texts must differ");
    }

    @Test
    void bothCarriageReturnScansReadTheWholeBuffer() {
        CarriageReturnBenchmark bench = new CarriageReturnBenchmark();
        assertTrue(bench.bytes.length > 500_000, "the samples' bytes");
        assertEquals(false, bench.wordAtATime());
        assertEquals(false, bench.byteAtATime());
        bench.bytes[bench.bytes.length - 3] = '\r';
        assertEquals(true, bench.wordAtATime());
        assertEquals(true, bench.byteAtATime());
    }

    @Test
    void bothGtidParsesParseEveryText() {
        GtidCacheBenchmark bench = new GtidCacheBenchmark();
        assertEquals(5 * 4096, bench.asked.size());
        assertEquals(bench.asked.size(), bench.withTheTable());
        assertEquals(bench.asked.size(), bench.everyTime());
    }

    @Test
    void treeReadingsAgreeWithTheirPlainForms() {
        TreeReadingBenchmark bench = new TreeReadingBenchmark();
        assertEquals(0, bench.duplicatesByFilter());
        assertEquals(0, bench.duplicatesByScan());
        String[] pooled = bench.pointers(StringPool.local());
        String[] built = bench.pointers(null);
        assertTrue(built.length > 10_000, "every member and item of the samples: " + built.length);
        assertEquals(List.of(built), List.of(pooled));
        int shared = TreeReadingBenchmark.instances(pooled);
        assertTrue(shared * 20 < TreeReadingBenchmark.instances(built), "pooled pointers share instances: " + shared);
    }

    @Test
    void checkChecksTheWholeCorpus() {
        CheckBenchmark bench = new CheckBenchmark();
        bench.corpus = "samples/captures";
        assertEquals(0, bench.check());
        bench.corpus = "samples/no-such-folder";
        assertEquals(3, bench.check(), "a missing folder is a problem: the exit code tells a broken run");
    }

    @Test
    void everyBenchmarkRunsUnderJmh() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                        .include("org\\.dmreport\\..*Benchmark\\..*")
                        .forks(0)
                        .warmupIterations(0)
                        .measurementIterations(1)
                        .measurementTime(TimeValue.milliseconds(50))
                        .verbosity(VerboseMode.SILENT)
                        .build())
                .run();
        Set<String> ran =
                results.stream().map(r -> r.getParams().getBenchmark()).collect(Collectors.toSet());
        Set<String> declared = BENCHMARKS.stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredMethods())
                        .filter(m -> m.isAnnotationPresent(Benchmark.class))
                        .map(m -> c.getName() + "." + m.getName()))
                .collect(Collectors.toSet());
        assertEquals(declared, ran);
        for (RunResult result : results) {
            double score = result.getPrimaryResult().getScore();
            assertTrue(score > 0 && Double.isFinite(score), result.getParams().getBenchmark() + ": " + score);
        }
    }
}
