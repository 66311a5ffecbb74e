package org.dmreport.generate;

import java.util.Locale;
import java.util.SplittableRandom;
import org.dmreport.model.DumpStatus;
import org.dmreport.model.Progress;
import org.dmreport.model.Where;

/** One subtask's own progress: where its syncer is and what it has counted. */
final class Lane {
    final SplittableRandom random;
    final long dumpTables;
    final double dumpBytes;
    final double dumpRows;
    final long loadTotal;
    String syncer = "";
    String syncerGtid = "";
    long rows;
    long recentRate;
    long lag;
    int frozenSince = -1;

    Lane(SplittableRandom random) {
        this.random = random;
        this.dumpTables = 8 + random.nextInt(24);
        this.dumpRows = 100_000 + random.nextInt(900_000);
        this.dumpBytes = dumpRows * (120 + random.nextInt(200));
        this.loadTotal = (long) dumpBytes;
    }

    DumpStatus dump(double done) {
        double d = Math.min(1.0, done);
        double percent = d * 100.0;
        return new DumpStatus(
                dumpTables,
                Math.floor(dumpTables * d),
                Math.floor(dumpBytes * d),
                Math.floor(dumpRows * d),
                dumpRows,
                (long) (dumpBytes / 1800),
                Progress.dumpText(percent),
                Where.NONE);
    }

    /** Moves the syncer close behind the upstream; through the relay log when {@code relayIndex >= 0}. */
    void catchUp(Upstream up, long relayIndex) {
        lag = random.nextInt(4) == 0 ? 0 : random.nextInt(20_000);
        long pos = Math.max(4, up.pos - lag);
        String file = relayIndex >= 0
                ? String.format(Locale.ROOT, "mysql-bin|%06d.%06d", relayIndex, up.file)
                : String.format(Locale.ROOT, "mysql-bin.%06d", up.file);
        syncer = "(" + file + ", " + pos + ")";
        syncerGtid = up.uuid + ":1-" + (up.transactions - lag / 700);
        long added = 20_000 + random.nextInt(200_000);
        rows += added;
        recentRate = added / 1800;
    }

    long lagSeconds() {
        return lag == 0 ? 0 : 1 + lag / 5000;
    }

    long frozenFor(long intervalSeconds) {
        frozenSince++;
        return (frozenSince + 1) * intervalSeconds;
    }
}
