package org.dmreport.model;

/** A source's relay log status: on {@code sourceStatus} since DM 2.0, on the worker entry in 1.0. */
public record RelayStatus(
        String masterBinlog,
        String masterBinlogGtid,
        String relaySubDir,
        String relayBinlog,
        String relayBinlogGtid,
        Boolean relayCatchUpMaster,
        String stage,
        ProcessResult result,
        Where where) {}
