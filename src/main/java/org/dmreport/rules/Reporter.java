package org.dmreport.rules;

import java.util.Map;
import org.dmreport.findings.Episode;

/** Where a rule says what it found. */
@FunctionalInterface
public interface Reporter {

    /**
     * One finding at {@code place}; {@code evidence} holds the named facts behind the message, and
     * {@code episode} what a health finding is about (null for the others).
     */
    void report(Place place, String message, Map<String, String> evidence, Episode episode);

    /** One finding at {@code place} that reports no episode. */
    default void report(Place place, String message, Map<String, String> evidence) {
        report(place, message, evidence, null);
    }

    /** A finding with no evidence beyond its message. */
    default void report(Place place, String message) {
        report(place, message, Map.of());
    }
}
