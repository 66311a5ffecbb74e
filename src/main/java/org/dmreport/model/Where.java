package org.dmreport.model;

import java.util.Map;

/**
 * The origin of a JSON object and of each of its values, so that any field of a model record
 * can be pointed at in a message.
 *
 * @param self   the object itself
 * @param fields the value under each key, by the key DM's proto defines (not the spelling found)
 */
public record Where(Origin self, Map<String, Origin> fields) {

    /** An object with no known place, for records built by hand. */
    public static final Where NONE = new Where(Origin.NONE, Map.of());

    public Where {
        fields = Map.copyOf(fields);
    }

    /** The origin of the value under {@code key}, or of the object when the key was absent. */
    public Origin of(String key) {
        Origin origin = fields.get(key);
        return origin != null ? origin : self;
    }

    /** Whether the document had this key (in any spelling). */
    public boolean has(String key) {
        return fields.containsKey(key);
    }
}
