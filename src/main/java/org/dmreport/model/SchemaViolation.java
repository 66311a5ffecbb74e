package org.dmreport.model;

/**
 * A place where a document does not match the published JSON Schema of its kind.
 *
 * @param keyword the JSON Schema keyword that failed, e.g. {@code type} or {@code enum}
 */
public record SchemaViolation(Origin origin, String keyword, String message) {}
