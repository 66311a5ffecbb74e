package org.dmreport.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The origin of a JSON object and of each of its values, so that any field of a model record
 * can be pointed at in a message. Values are kept as packed line and column, and their pointers
 * made only when asked for: most are never shown. Keys are those DM's proto defines (not the
 * spelling found). Kept as two small arrays: every object of every document has one, and a map
 * per object costs more than the mapping itself.
 */
public final class Where {

    /** An object with no known place, for records built by hand. */
    public static final Where NONE = new Where(Origin.NONE, new String[0], new long[0], 0);

    private final Origin self;
    private final String[] keys;
    private final long[] positions;

    /** The first {@code count} of {@code keys} with their {@link #pack packed} positions; no key twice. */
    public Where(Origin self, String[] keys, long[] positions, int count) {
        this.self = Objects.requireNonNull(self);
        this.keys = Arrays.copyOf(keys, count);
        this.positions = Arrays.copyOf(positions, count);
    }

    /** Line and column in one long. */
    public static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    /** The object itself. */
    public Origin self() {
        return self;
    }

    /** The origin of the value under {@code key}, or of the object when the key was absent. */
    public Origin of(String key) {
        int k = indexOf(key);
        if (k < 0) {
            return self;
        }
        long position = positions[k];
        return new Origin(self.pointer() + "/" + Origin.escape(key), (int) (position >>> 32), (int) position);
    }

    /** Whether the document had this key (in any spelling). */
    public boolean has(String key) {
        return indexOf(key) >= 0;
    }

    private int indexOf(String key) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k].equals(key)) {
                return k;
            }
        }
        return -1;
    }

    /** Equal when the object and every key's position are equal, in whatever order the keys were read. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Where w) || !self.equals(w.self) || keys.length != w.keys.length) {
            return false;
        }
        for (int k = 0; k < keys.length; k++) {
            int at = w.indexOf(keys[k]);
            if (at < 0 || w.positions[at] != positions[k]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = self.hashCode();
        for (int k = 0; k < keys.length; k++) {
            hash += keys[k].hashCode() ^ Long.hashCode(positions[k]);
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Where[self=").append(self).append(", positions={");
        for (int k = 0; k < keys.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(keys[k]).append('=').append(positions[k]);
        }
        return sb.append("}]").toString();
    }
}
