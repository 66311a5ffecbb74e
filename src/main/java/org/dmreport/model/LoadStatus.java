package org.dmreport.model;

/** The Load unit's status; {@code bps} since DM 6.4, {@code metaBinlogGTID} since 2.0.1. */
public record LoadStatus(
        Long finishedBytes,
        Long totalBytes,
        String progress,
        String metaBinlog,
        String metaBinlogGtid,
        Long bps,
        Where where) {}
