package org.dmreport.input;

/**
 * Makes equal JSON pointers share one instance, so that the origins kept with the model cost a
 * reference rather than a copy: every document spells the same few hundred. (String values are
 * not pooled here: most change with every capture, and the values kept are shared where they are
 * kept.) Each thread has its own fixed table, indexed by hash, in which a newer string replaces an
 * older one of another value: a lossy cache, never a leak, and no locking on the reading threads.
 * Not thread-safe: a pool is used only by the thread that {@link #local() fetched} it.
 */
final class StringPool {

    /** Longer pointers are rare and left alone. */
    private static final int MAX_LENGTH = 64;
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
