package org.dmreport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dmreport.bench.WarmBenchmark;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The GTID sets of a check as it asks for them: for each of 4,096 subtask points (16 sources, each
 * its own server), its upstream and syncer sets, parsed for the gap, again by syncer-ahead-of-master
 * and once more, the syncer's, by position-went-backwards: five parses of two texts. With the
 * table of sets parsed lately ({@link GtidSet#parse}) against parsing every time.
 */
public class GtidCacheBenchmark extends WarmBenchmark {

    public final List<String> asked = asked();

    private static List<String> asked() {
        List<String> asked = new ArrayList<>();
        for (int n = 0; n < 4096; n++) {
            String server = String.format("cd9b1607-%04x-11ee-940a-4b1c4a237951", n % 16);
            String master = server + ":1-" + (19054 + 37L * n);
            String syncer = server + ":1-" + (19054 + 37L * n - n % 50);
            asked.addAll(List.of(master, syncer, master, syncer, syncer));
        }
        return List.copyOf(asked);
    }

    @Benchmark
    public int withTheTable() {
        return parsed(GtidSet::parse);
    }

    @Benchmark
    public int everyTime() {
        return parsed(GtidSet::parseText);
    }

    private int parsed(Function<String, Optional<GtidSet>> parse) {
        int sets = 0;
        for (String text : asked) {
            if (parse.apply(text).isPresent()) {
                sets++;
            }
        }
        return sets;
    }
}
