package org.dmreport.model;

import java.util.Map;

/**
 * The origin of a JSON object and of each of its values, so that any field of a model record
 * can be pointed at in a message. Values are kept as packed line and column, and their pointers
 * made only when asked for: most are never shown.
 *
 * @param self      the object itself
 * @param positions the value under each key, by the key DM's proto defines (not the spelling
 *                  found), as {@link #pack(int, int)}
 */
public record Where(Origin self, Map<String, Long> positions) {

    /** An object with no known place, for records built by hand. */
    public static final Where NONE = new Where(Origin.NONE, Map.of());

    public Where {
        positions = Map.copyOf(positions);
    }

    /** Line and column in one long. */
    public static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    /** The origin of the value under {@code key}, or of the object when the key was absent. */
    public Origin of(String key) {
        Long position = positions.get(key);
        if (position == null) {
            return self;
        }
        return new Origin(self.pointer() + "/" + Origin.escape(key), (int) (position >>> 32), (int) (long) position);
    }

    /** Whether the document had this key (in any spelling). */
    public boolean has(String key) {
        return positions.containsKey(key);
    }
}
