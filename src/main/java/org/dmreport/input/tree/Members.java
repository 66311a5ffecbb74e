package org.dmreport.input.tree;

import java.util.Arrays;
import java.util.List;

/**
 * The members of every container open on one thread, innermost last: a container pushes its
 * members, then takes them off as lists of exactly their size. Reused from document to document,
 * so that reading allocates only the lists it returns. Emptied when a read fails half-way.
 */
final class Members {
    private static final int INITIAL = 256;
    private static final int MAX_KEPT = 1 << 16;
    /** Every list the reader returns is of one class, so that the mapper's calls on them stay monomorphic. */
    private static final List<String> NO_KEYS = Arrays.asList();

    private static final List<JNode> NO_VALUES = Arrays.asList();

    String[] keys = new String[INITIAL];
    JNode[] values = new JNode[INITIAL];
    int size;

    void push(String key, JNode value) {
        if (size == values.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size++] = value;
    }

    /**
     * The index of {@code key} among the keys from {@code base}, or -1. Keys are mostly interned,
     * and the cached hash rejects a different key without reading its characters.
     */
    int indexOf(String key, int base) {
        int hash = key.hashCode();
        for (int k = base; k < size; k++) {
            String other = keys[k];
            if (other == key || other.hashCode() == hash && other.equals(key)) {
                return k;
            }
        }
        return -1;
    }

    /** The object of the members from {@code base}, which are taken off. */
    JNode.JObject popObject(int line, int column, int base) {
        List<String> taken = size == base ? NO_KEYS : Arrays.asList(Arrays.copyOfRange(keys, base, size));
        return new JNode.JObject(line, column, taken, popValues(base));
    }

    /** The array of the members from {@code base}, which are taken off. */
    JNode.JArray popArray(int line, int column, int base) {
        return new JNode.JArray(line, column, popValues(base));
    }

    private List<JNode> popValues(int base) {
        List<JNode> taken = size == base ? NO_VALUES : Arrays.asList(Arrays.copyOfRange(values, base, size));
        Arrays.fill(keys, base, size, null);
        Arrays.fill(values, base, size, null);
        size = base;
        return taken;
    }

    /** Empties the stack after a document; a stack grown by a huge document is let go. */
    void clear() {
        if (values.length > MAX_KEPT) {
            keys = new String[INITIAL];
            values = new JNode[INITIAL];
        } else {
            Arrays.fill(keys, 0, size, null);
            Arrays.fill(values, 0, size, null);
        }
        size = 0;
    }
}
