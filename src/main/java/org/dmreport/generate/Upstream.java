package org.dmreport.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/** One upstream MySQL: its binlog moves on at every capture. */
final class Upstream {
    final SplittableRandom random;
    final String uuid;
    long file = 1;
    long pos = 4;
    long transactions;
    final String startPosition;
    final String startGtid;
    String frozenRelay;
    String frozenRelayGtid;

    Upstream(SplittableRandom random, int index) {
        this.random = random;
        this.uuid = String.format(
                Locale.ROOT,
                "%08x-%04x-11ee-%04x-%012x",
                random.nextInt() & 0xffffffffL,
                index + 1,
                random.nextInt(0x10000),
                random.nextLong(0x1000000000000L));
        this.transactions = 1000 + random.nextInt(9000);
        this.pos = 4 + random.nextInt(1_000_000);
        this.startPosition = position();
        this.startGtid = gtid();
    }

    void advance() {
        frozenRelay = position();
        frozenRelayGtid = gtid();
        long bytes = 50_000 + random.nextInt(450_000);
        pos += bytes;
        transactions += bytes / 700;
        if (pos > 1_073_741_824L) {
            file++;
            pos = 4 + random.nextInt(200);
        }
    }

    long relayIndex() {
        return 1;
    }

    String position() {
        return String.format(Locale.ROOT, "(mysql-bin.%06d, %d)", file, pos);
    }

    String gtid() {
        return uuid + ":1-" + transactions;
    }
}
