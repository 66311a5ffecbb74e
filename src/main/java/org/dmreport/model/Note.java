package org.dmreport.model;

/**
 * Something the reader did so that a document could be read, or noticed while reading it: an
 * accommodation (skipped prompt, BOM), a lenient repair, a key matched without regard to case.
 * Notes make every such step visible to the user.
 */
public record Note(NoteKind kind, int line, int column, String message) {}
