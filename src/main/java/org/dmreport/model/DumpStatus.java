package org.dmreport.model;

/**
 * The Dump unit's status: {@code {}} before DM 5.4. DM prints {@code totalTables} as a string and
 * the other counters as JSON numbers (doubles); the documentation quotes them all, so both forms
 * are read.
 */
public record DumpStatus(
        Long totalTables,
        Double completedTables,
        Double finishedBytes,
        Double finishedRows,
        Double estimateTotalRows,
        Long bps,
        String progress,
        Where where) {}
