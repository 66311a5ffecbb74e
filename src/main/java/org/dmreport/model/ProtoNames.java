package org.dmreport.model;

import java.util.Optional;

/** Reads the name of a constant of one of DM's proto enums, matched exactly as DM prints it. */
final class ProtoNames {

    private ProtoNames() {}

    /** The constant of {@code all} named {@code text}; empty for null or an unknown name. */
    static <E extends Enum<E>> Optional<E> parse(E[] all, String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (E constant : all) {
            if (constant.name().equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
