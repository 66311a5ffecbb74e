package org.dmreport.bench;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.GtidSet;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The two values read by hand at every point of every subtask: GTID sets (one server and one
 * interval, the usual case, and several servers with gaps) and binlog positions, in the forms DM
 * prints. Each operation parses 4,096 different texts: more than the table of sets parsed lately
 * holds, so that the parse is measured, not the table.
 */
public class FieldParsingBenchmark extends WarmBenchmark {

    private static final int TEXTS = 4096;

    static final List<String> ONE_SERVER = texts(n -> "cd9b1607-0003-11ee-940a-4b1c4a237951:1-" + (19054 + n));
    static final List<String> SEVERAL_SERVERS = texts(n -> "3ccc475b-2343-11e7-be21-6c0b84d59f30:1-14:16-" + (20 + n)
            + ",406a3f61-690d-11e7-87c5-6c92bf46f384:1-" + (94321383 + 7L * n)
            + ",53bfca22-690d-11e7-8a62-18ded7a37b78:1-495");
    static final List<String> POSITIONS = texts(n -> n % 3 == 0
            ? "(mysql-bin|000001.000003, " + (2251 + n) + ")"
            : "(mysql-bin.0000" + (10 + n % 90) + ", " + (967128 + 131L * n) + ")");

    private static List<String> texts(IntFunction<String> text) {
        return IntStream.range(0, TEXTS).mapToObj(text).toList();
    }

    @Benchmark
    public int gtidOneServer() {
        return parsed(ONE_SERVER, GtidSet::parse);
    }

    @Benchmark
    public int gtidSeveralServers() {
        return parsed(SEVERAL_SERVERS, GtidSet::parse);
    }

    @Benchmark
    public int binlogPosition() {
        return parsed(POSITIONS, BinlogPosition::parse);
    }

    /** How many of {@code texts} {@code parser} reads (each benchmark runs in a JVM of its own). */
    private static int parsed(List<String> texts, Function<String, Optional<?>> parser) {
        int found = 0;
        for (String text : texts) {
            found += parser.apply(text).isPresent() ? 1 : 0;
        }
        return found;
    }
}
