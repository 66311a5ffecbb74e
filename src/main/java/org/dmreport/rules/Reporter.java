package org.dmreport.rules;

import java.util.Map;

/** Where a rule says what it found. */
@FunctionalInterface
public interface Reporter {

    /** One finding at {@code place}; {@code evidence} holds the named facts behind the message. */
    void report(Place place, String message, Map<String, String> evidence);

    /** A finding with no evidence beyond its message. */
    default void report(Place place, String message) {
        report(place, message, Map.of());
    }
}
