package org.dmreport.input;

/**
 * Makes equal short strings share one instance, so that what is kept per capture (task and source
 * names, stages, units, pointers) costs a reference rather than a copy. Each thread has its own
 * fixed table, indexed by hash, in which a newer string replaces an older one of another value: a
 * lossy cache, never a leak, and no locking on the reading threads. Not thread-safe: a pool is
 * used only by the thread that {@link #local() fetched} it.
 */
final class StringPool {

    /** Longer strings are rarely repeated (positions, GTID sets, messages) and are left alone. */
    private static final int MAX_LENGTH = 32;
    private static final int SLOTS = 1 << 12;
    private static final ThreadLocal<StringPool> LOCAL = ThreadLocal.withInitial(StringPool::new);

    private final String[] table = new String[SLOTS];

    private StringPool() {}

    /**
     * This thread's pool. Fetched once per document and held: a thread-local lookup per string
     * costs more than the pool saves.
     */
    static StringPool local() {
        return LOCAL.get();
    }

    /** An instance equal to {@code text}: the one seen before in this pool when there is one. */
    String canonical(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return text;
        }
        int hash = text.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String held = table[slot];
        if (held != null && held.equals(text)) {
            return held;
        }
        table[slot] = text;
        return text;
    }
}
