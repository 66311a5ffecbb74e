package org.dmreport.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The constants of one of DM's proto enums by the name DM prints, matched exactly. Parsing runs
 * for every point, often several times: a lookup that allocates nothing.
 */
final class ProtoNames<E extends Enum<E>> {

    private final Map<String, Optional<E>> byName = new HashMap<>();

    ProtoNames(E[] all) {
        for (E constant : all) {
            byName.put(constant.name(), Optional.of(constant));
        }
    }

    /** The constant named {@code text}; empty for null or an unknown name. */
    Optional<E> parse(String text) {
        return text == null ? Optional.empty() : byName.getOrDefault(text, Optional.empty());
    }
}
