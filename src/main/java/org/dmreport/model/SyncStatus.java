package org.dmreport.model;

import java.util.List;

/**
 * The Sync unit's status. Counters are null when the document did not print them. DM 6.4 renamed
 * {@code totalEvents/totalTps/recentTps} to {@code totalRows/totalRps/recentRps} and prints both;
 * {@link #rows()}, {@link #rowsPerSecond()} and {@link #recentRowsPerSecond()} unify them.
 */
public record SyncStatus(
        Long totalEvents,
        Long totalTps,
        Long recentTps,
        Long totalRows,
        Long totalRps,
        Long recentRps,
        String masterBinlog,
        String masterBinlogGtid,
        String syncerBinlog,
        String syncerBinlogGtid,
        List<String> blockingDdls,
        List<ShardingGroup> unresolvedGroups,
        Boolean synced,
        String binlogType,
        Long secondsBehindMaster,
        String blockDdlOwner,
        String conflictMsg,
        Long ioTotalBytes,
        Long dumpIoTotalBytes,
        Where where) {
    public SyncStatus {
        blockingDdls = List.copyOf(blockingDdls);
        unresolvedGroups = List.copyOf(unresolvedGroups);
    }

    /** Rows replicated: {@code totalRows}, else the deprecated {@code totalEvents}. */
    public Long rows() {
        return totalRows != null ? totalRows : totalEvents;
    }

    /** {@code totalRps}, else the deprecated {@code totalTps}. */
    public Long rowsPerSecond() {
        return totalRps != null ? totalRps : totalTps;
    }

    /** {@code recentRps}, else the deprecated {@code recentTps}. */
    public Long recentRowsPerSecond() {
        return recentRps != null ? recentRps : recentTps;
    }
}
