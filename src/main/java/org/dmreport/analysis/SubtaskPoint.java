package org.dmreport.analysis;

import java.util.List;
import org.dmreport.model.Capture;
import org.dmreport.model.DmVersionRange;
import org.dmreport.model.Origin;
import org.dmreport.model.ProcessError;
import org.dmreport.model.ShardingGroup;

/**
 * One subtask in one snapshot, reduced to the facts that series, transitions and health need:
 * small enough to keep for a month of per-minute captures.
 *
 * @param origin   the subtask object in its document
 * @param errors   the subtask's errors, in document order
 * @param rows     rows replicated ({@code totalRows}, else {@code totalEvents})
 * @param progress bytes done by a Load or Dump unit, null otherwise
 * @param progressText the unit's progress string as DM printed it, "" when none
 * @param reportedRate what DM reported as the current rate: Sync recentRps, Load or Dump bps
 * @param relayStage stage of the relay of the subtask's source entry, null without relay
 * @param gaps     how far the syncer is behind the master, from the four values above
 */
public record SubtaskPoint(
        Capture capture,
        int document,
        Origin origin,
        String task,
        String source,
        String worker,
        String stage,
        String unit,
        List<ProcessError> errors,
        String masterBinlog,
        String masterGtid,
        String syncerBinlog,
        String syncerGtid,
        Boolean synced,
        Long secondsBehindMaster,
        Long rows,
        Double progress,
        Double progressTotal,
        String progressText,
        Long reportedRate,
        String lockId,
        List<String> blockingDdls,
        List<String> unsyncedTables,
        List<ShardingGroup> groups,
        String conflictMsg,
        String blockDdlOwner,
        String relayStage,
        DmVersionRange version,
        Gaps gaps) {

    public SubtaskPoint {
        errors = List.copyOf(errors);
        blockingDdls = List.copyOf(blockingDdls);
        unsyncedTables = List.copyOf(unsyncedTables);
        groups = List.copyOf(groups);
    }

    /** Pointer of a value below the subtask, e.g. {@code sync/syncerBinlog}. */
    public String pointer(String below) {
        return origin.pointer() + "/" + below;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
