package org.dmreport.model;

import java.util.List;

/**
 * One query-status document as read: where and when it was captured, what it says, and every
 * step taken to read it.
 *
 * @param document 1-based index of the document within its input
 * @param partial  true when text was elided ({@code ...}) or only a fragment was given, so absent
 *                 values are unknown rather than missing
 * @param schemaViolations where the document breaks its kind's JSON Schema; empty when not validated
 */
public record Snapshot(
        Capture capture,
        int document,
        Response response,
        DmVersionRange version,
        boolean partial,
        List<Note> notes,
        List<UnknownKey> unknownKeys,
        List<SchemaViolation> schemaViolations) {
    public Snapshot {
        notes = List.copyOf(notes);
        unknownKeys = List.copyOf(unknownKeys);
        schemaViolations = List.copyOf(schemaViolations);
    }

    public DocumentKind kind() {
        return response.kind();
    }
}
