package org.dmreport.analysis;

import java.util.ArrayList;
import java.util.List;
import org.dmreport.model.FullResponse;
import org.dmreport.model.ProcessError;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SyncStatus;

/** Reduces a snapshot to its subtask and source points. */
public final class Points {

    private Points() {}

    /** The points of every subtask of a full response that answered; none for other kinds. */
    public static List<SubtaskPoint> subtasks(Snapshot snapshot) {
        if (!(snapshot.response() instanceof FullResponse full)) {
            return List.of();
        }
        List<SubtaskPoint> points = new ArrayList<>();
        for (SourceEntry entry : full.sources()) {
            if (!entry.result()) {
                continue;
            }
            String relayStage = entry.relay() == null ? null : entry.relay().stage();
            for (SubtaskStatus s : entry.subtasks()) {
                points.add(point(snapshot, entry, s, relayStage));
            }
        }
        return points;
    }

    private static SubtaskPoint point(Snapshot snapshot, SourceEntry entry, SubtaskStatus s, String relayStage) {
        SyncStatus sync = s.sync();
        Double progress = null;
        Double total = null;
        String progressText = "";
        Long rate = sync == null ? null : sync.recentRowsPerSecond();
        if (s.load() != null) {
            progress = s.load().finishedBytes() == null
                    ? null
                    : s.load().finishedBytes().doubleValue();
            total = s.load().totalBytes() == null ? null : s.load().totalBytes().doubleValue();
            progressText = orEmpty(s.load().progress());
            rate = s.load().bps();
        } else if (s.dump() != null) {
            progress = s.dump().finishedBytes();
            progressText = orEmpty(s.dump().progress());
            rate = s.dump().bps();
        }
        List<String> unsynced = new ArrayList<>();
        if (sync != null) {
            for (ShardingGroup group : sync.unresolvedGroups()) {
                unsynced.addAll(group.unsynced());
            }
        }
        List<ProcessError> errors = s.result() == null ? List.of() : s.result().errors();
        return new SubtaskPoint(
                snapshot.capture(),
                snapshot.document(),
                s.where().self(),
                orEmpty(s.name()),
                entry.source(),
                entry.worker(),
                orEmpty(s.stage()),
                orEmpty(s.unit()),
                errors,
                sync == null ? null : sync.masterBinlog(),
                sync == null ? null : sync.masterBinlogGtid(),
                sync == null ? null : sync.syncerBinlog(),
                sync == null ? null : sync.syncerBinlogGtid(),
                sync == null ? null : sync.synced(),
                sync == null ? null : sync.secondsBehindMaster(),
                sync == null ? null : sync.rows(),
                progress,
                total,
                progressText,
                rate,
                orEmpty(s.unresolvedDdlLockId()),
                sync == null ? List.of() : sync.blockingDdls(),
                unsynced,
                sync == null ? List.of() : sync.unresolvedGroups(),
                sync == null ? "" : orEmpty(sync.conflictMsg()),
                sync == null ? "" : orEmpty(sync.blockDdlOwner()),
                relayStage,
                snapshot.version(),
                sync == null
                        ? Gaps.NONE
                        : Gaps.of(
                                sync.masterBinlog(),
                                sync.masterBinlogGtid(),
                                sync.syncerBinlog(),
                                sync.syncerBinlogGtid()));
    }

    /** The points of every source entry of a full response. */
    public static List<SourcePoint> sources(Snapshot snapshot) {
        if (!(snapshot.response() instanceof FullResponse full)) {
            return List.of();
        }
        List<SourcePoint> points = new ArrayList<>();
        for (SourceEntry entry : full.sources()) {
            String relayStage = entry.relay() == null ? null : entry.relay().stage();
            String relayError = "";
            if (entry.relay() != null
                    && entry.relay().result() != null
                    && entry.relay().result().hasErrors()) {
                ProcessError first = entry.relay().result().errors().get(0);
                relayError = orEmpty(first.message())
                        + (first.rawCause() == null || first.rawCause().isEmpty() ? "" : ": " + first.rawCause());
            }
            points.add(new SourcePoint(
                    snapshot.capture(),
                    snapshot.document(),
                    entry.where().self(),
                    entry.source(),
                    entry.worker(),
                    entry.result(),
                    orEmpty(entry.msg()),
                    relayStage,
                    relayError,
                    entry.relay() == null
                            ? entry.where().self()
                            : entry.relay().where().self()));
        }
        return points;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
