package org.dmreport.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A GTID set in MySQL form ({@code uuid:1-14:20-30,uuid2:1-5}, holes and several servers allowed)
 * or MariaDB form ({@code 0-1-60,1-2-7}: domain, server, sequence). The empty string is the empty
 * set. Sets of different flavours are never compared.
 */
public final class GtidSet {

    /** The flavour of a set; the empty set has no flavour of its own. */
    public enum Flavor {
        MYSQL,
        MARIADB,
        EMPTY
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Hex digits in each group of a server UUID; a dash may separate the groups. */
    private static final int[] UUID_GROUPS = {8, 4, 4, 4, 12};

    /**
     * Sets parsed lately on this thread, by text: the positions of one subtask are parsed by
     * several rules and by the gap computation. Sets are immutable, so sharing them is safe; the
     * table is lossy (a newer text replaces an older one in its slot) and never grows. It makes the
     * five parses of a point's two sets 2.4 times as fast: 1,088 &plusmn; 126 against 2,649 &plusmn;
     * 256 &micro;s for 4,096 points ({@code bin/benchmark jmh GtidCacheBenchmark -f 1 -wi 3 -i 5},
     * Java 17).
     */
    private static final int RECENT_SLOTS = 256;

    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    /**
     * The table: texts, their sets, and the texts' hashes, which turn away a text of another value
     * without reading the one held (most likely no longer in the processor's cache).
     */
    private static final class Recent {
        final String[] texts = new String[RECENT_SLOTS];
        final Object[] sets = new Object[RECENT_SLOTS];
        final int[] hashes = new int[RECENT_SLOTS];
    }

    private final Flavor flavor;
    /** MySQL: server UUID (lower case) to sorted, disjoint, inclusive intervals {@code [start, end]}. */
    private final Map<String, List<long[]>> intervals;
    /** MariaDB: domain ID to highest sequence number. */
    private final Map<Long, Long> sequences;
    /** MariaDB: domain ID to the server ID printed with its highest sequence number. */
    private final Map<Long, Long> servers;

    private GtidSet(
            Flavor flavor, Map<String, List<long[]>> intervals, Map<Long, Long> sequences, Map<Long, Long> servers) {
        this.flavor = flavor;
        this.intervals = intervals;
        this.sequences = sequences;
        this.servers = servers;
    }

    /** Parses either flavour; empty when the text is neither (a message names the bad part). */
    public static Optional<GtidSet> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Recent recent = RECENT.get();
        int hash = text.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (RECENT_SLOTS - 1);
        if (recent.hashes[slot] == hash && text.equals(recent.texts[slot])) {
            @SuppressWarnings("unchecked")
            Optional<GtidSet> held = (Optional<GtidSet>) recent.sets[slot];
            return held;
        }
        Optional<GtidSet> parsed = parseText(text);
        recent.texts[slot] = text;
        recent.sets[slot] = parsed;
        recent.hashes[slot] = hash;
        return parsed;
    }

    /** Parses {@code text} without the table of sets parsed lately: what {@link #parse} does on a miss. */
    static Optional<GtidSet> parseText(String text) {
        String trimmed = hasBlank(text) ? WHITESPACE.matcher(text).replaceAll("") : text;
        if (trimmed.isEmpty()) {
            return Optional.of(new GtidSet(Flavor.EMPTY, Map.of(), Map.of(), Map.of()));
        }
        try {
            return Optional.of(trimmed.indexOf(':') >= 0 ? parseMysql(trimmed) : parseMariaDb(trimmed));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} has a space, tab, CR or LF (DM wraps long sets over lines). */
    private static boolean hasBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /**
     * The MySQL form, read by hand (this runs for every position of every capture). It reads what
     * splitting on {@code ,}, then {@code :}, then {@code -} reads: empty parts at the end of a
     * split are dropped, any other empty part is an error, numbers are read by {@link Long#parseLong}.
     */
    private static GtidSet parseMysql(String text) {
        Map<String, List<long[]>> byServer = new TreeMap<>();
        int end = trimTrailing(text, 0, text.length(), ',');
        int start = 0;
        while (start < end) {
            int comma = text.indexOf(',', start);
            int partEnd = comma < 0 || comma > end ? end : comma;
            readServer(text, start, trimTrailing(text, start, partEnd, ':'), byServer);
            start = partEnd + 1;
        }
        byServer.replaceAll((k, v) -> normalise(v));
        return new GtidSet(Flavor.MYSQL, Collections.unmodifiableMap(byServer), Map.of(), Map.of());
    }

    /** {@code uuid:interval[:interval...]} between {@code start} and {@code end}. */
    private static void readServer(String text, int start, int end, Map<String, List<long[]>> byServer) {
        int colon = text.indexOf(':', start);
        if (colon < 0 || colon >= end) {
            throw new NumberFormatException(text.substring(start, end));
        }
        String uuid = text.substring(start, colon);
        if (!isUuid(uuid)) {
            throw new NumberFormatException(uuid);
        }
        uuid = lowerHex(uuid);
        List<long[]> list = byServer.computeIfAbsent(uuid, k -> new ArrayList<>());
        int from = colon + 1;
        while (from <= end) {
            int next = text.indexOf(':', from);
            int to = next < 0 || next > end ? end : next;
            int dash = text.indexOf('-', from);
            long first;
            long last;
            if (dash < 0 || dash >= to) {
                first = Long.parseLong(text, from, to, 10);
                last = first;
            } else {
                first = Long.parseLong(text, from, dash, 10);
                last = Long.parseLong(text, dash + 1, to, 10);
            }
            if (first < 1 || last < first) {
                throw new NumberFormatException(text.substring(from, to));
            }
            list.add(new long[] {first, last});
            from = to + 1;
        }
    }

    /** The end of {@code text[start, end)} without the {@code c}s it ends with. */
    private static int trimTrailing(String text, int start, int end, char c) {
        while (end > start && text.charAt(end - 1) == c) {
            end--;
        }
        return end;
    }

    /**
     * Hex digits (either case: a server UUID is read without regard to case, and no other character
     * lower-cases to one) in groups of 8, 4, 4, 4 and 12, each dash between them optional.
     */
    private static boolean isUuid(String text) {
        int i = 0;
        for (int g = 0; g < UUID_GROUPS.length; g++) {
            if (g > 0 && i < text.length() && text.charAt(i) == '-') {
                i++;
            }
            for (int k = 0; k < UUID_GROUPS[g]; k++, i++) {
                if (i >= text.length() || !isHex(text.charAt(i))) {
                    return false;
                }
            }
        }
        return i == text.length();
    }

    /** A valid server UUID in lower case; copied only when it has upper-case digits. */
    private static String lowerHex(String uuid) {
        for (int i = 0; i < uuid.length(); i++) {
            char c = uuid.charAt(i);
            if (c >= 'A' && c <= 'F') {
                return uuid.toLowerCase(Locale.ROOT);
            }
        }
        return uuid;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static GtidSet parseMariaDb(String text) {
        Map<Long, Long> byDomain = new TreeMap<>();
        Map<Long, Long> serverOf = new TreeMap<>();
        for (String part : text.split(",")) {
            String[] pieces = part.split("-", -1);
            if (pieces.length != 3) {
                throw new NumberFormatException(part);
            }
            long domain = Long.parseLong(pieces[0]);
            long server = Long.parseLong(pieces[1]);
            long sequence = Long.parseLong(pieces[2]);
            if (sequence >= byDomain.getOrDefault(domain, -1L)) {
                byDomain.put(domain, sequence);
                serverOf.put(domain, server);
            }
        }
        return new GtidSet(
                Flavor.MARIADB, Map.of(), Collections.unmodifiableMap(byDomain), Collections.unmodifiableMap(serverOf));
    }

    private static List<long[]> normalise(List<long[]> raw) {
        if (raw.size() == 1) {
            return List.of(raw.get(0));
        }
        List<long[]> sorted = new ArrayList<>(raw);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(new long[] {interval[0], interval[1]});
            }
        }
        return List.copyOf(merged);
    }

    public Flavor flavor() {
        return flavor;
    }

    public boolean isEmpty() {
        return flavor == Flavor.EMPTY;
    }

    /** Number of transactions in the set (MariaDB: the sum of the highest sequence numbers). */
    public long transactionCount() {
        long count = 0;
        for (List<long[]> list : intervals.values()) {
            for (long[] interval : list) {
                count += interval[1] - interval[0] + 1;
            }
        }
        for (long sequence : sequences.values()) {
            count += sequence;
        }
        return count;
    }

    /**
     * Transactions in this set and not in {@code other}: the replication gap when this is the
     * master's set and {@code other} the syncer's. Empty when the flavours differ.
     */
    public Optional<Long> countNotIn(GtidSet other) {
        if (other.isEmpty()) {
            return Optional.of(transactionCount());
        }
        if (isEmpty()) {
            return Optional.of(0L);
        }
        if (flavor != other.flavor) {
            return Optional.empty();
        }
        long count = 0;
        if (flavor == Flavor.MARIADB) {
            for (Map.Entry<Long, Long> e : sequences.entrySet()) {
                count += Math.max(0, e.getValue() - other.sequences.getOrDefault(e.getKey(), 0L));
            }
            return Optional.of(count);
        }
        for (Map.Entry<String, List<long[]>> e : intervals.entrySet()) {
            List<long[]> theirs = other.intervals.getOrDefault(e.getKey(), List.of());
            for (long[] mine : e.getValue()) {
                count += mine[1] - mine[0] + 1 - overlap(mine, theirs);
            }
        }
        return Optional.of(count);
    }

    private static long overlap(long[] interval, List<long[]> others) {
        long covered = 0;
        for (long[] o : others) {
            long start = Math.max(interval[0], o[0]);
            long end = Math.min(interval[1], o[1]);
            if (start <= end) {
                covered += end - start + 1;
            }
        }
        return covered;
    }

    /** Whether every transaction of {@code other} is in this set. */
    public boolean containsAll(GtidSet other) {
        return other.countNotIn(this).map(n -> n == 0).orElse(false);
    }

    /** Canonical text: servers sorted, intervals merged. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (flavor == Flavor.MARIADB) {
            sequences.forEach((domain, seq) -> sb.append(sb.length() == 0 ? "" : ",")
                    .append(domain)
                    .append('-')
                    .append(servers.get(domain))
                    .append('-')
                    .append(seq));
            return sb.toString();
        }
        intervals.forEach((uuid, list) -> {
            sb.append(sb.length() == 0 ? "" : ",").append(uuid);
            for (long[] i : list) {
                sb.append(':').append(i[0]);
                if (i[1] != i[0]) {
                    sb.append('-').append(i[1]);
                }
            }
        });
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GtidSet g
                && flavor == g.flavor
                && countNotIn(g).orElse(1L) == 0
                && g.countNotIn(this).orElse(1L) == 0;
    }

    @Override
    public int hashCode() {
        return flavor.hashCode() * 31 + Long.hashCode(transactionCount());
    }
}
