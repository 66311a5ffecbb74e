package org.dmreport.rules;

import java.util.List;
import java.util.function.BiConsumer;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Origin;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SummaryTask;
import org.dmreport.model.SyncStatus;

/** Visits the parts of a snapshot that rules read, and names places in it. */
final class Walk {

    private Walk() {}

    /**
     * Every subtask of a full response, with its source entry, in document order. Indexed loops over
     * the model's immutable lists: every rule walks every snapshot, and an iterator each time was a
     * seventh of what a check allocates.
     */
    static void subtasks(Snapshot snapshot, BiConsumer<SourceEntry, SubtaskStatus> visitor) {
        if (snapshot.response() instanceof FullResponse full) {
            List<SourceEntry> sources = full.sources();
            for (int s = 0; s < sources.size(); s++) {
                SourceEntry entry = sources.get(s);
                List<SubtaskStatus> subtasks = entry.subtasks();
                for (int k = 0; k < subtasks.size(); k++) {
                    visitor.accept(entry, subtasks.get(k));
                }
            }
        }
    }

    /** What {@link #syncs} visits: a subtask with its source entry and its Sync status. */
    @FunctionalInterface
    interface SyncVisitor {
        void accept(SourceEntry entry, SubtaskStatus subtask, SyncStatus sync);
    }

    /** Every subtask of a full response that has a Sync status, in document order. */
    static void syncs(Snapshot snapshot, SyncVisitor visitor) {
        subtasks(snapshot, (entry, s) -> {
            if (s.sync() != null) {
                visitor.accept(entry, s, s.sync());
            }
        });
    }

    /** The place of a value of a subtask. */
    static Place at(Snapshot snapshot, SourceEntry entry, SubtaskStatus subtask, Origin origin) {
        return new Place(snapshot.capture(), snapshot.document(), origin, name(subtask), entry.source());
    }

    /** The place of a value of a source entry, about no subtask in particular. */
    static Place at(Snapshot snapshot, SourceEntry entry, Origin origin) {
        return new Place(snapshot.capture(), snapshot.document(), origin, "", entry.source());
    }

    /** The place of a value of a summary's task line. */
    static Place at(Snapshot snapshot, SummaryTask task, Origin origin) {
        return new Place(
                snapshot.capture(), snapshot.document(), origin, task.taskName() == null ? "" : task.taskName(), "");
    }

    static String name(SubtaskStatus subtask) {
        return subtask.name() == null ? "" : subtask.name();
    }
}
