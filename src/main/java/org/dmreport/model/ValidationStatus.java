package org.dmreport.model;

/** The continuous validator's status (DM 6.2+); the row counters are DM's packed strings. */
public record ValidationStatus(
        String task,
        String source,
        String mode,
        String stage,
        String validatorBinlog,
        String validatorBinlogGtid,
        ProcessResult result,
        String processedRowsStatus,
        String pendingRowsStatus,
        String errorRowsStatus,
        String cutoverBinlogPos,
        String cutoverBinlogGtid,
        Where where) {}
