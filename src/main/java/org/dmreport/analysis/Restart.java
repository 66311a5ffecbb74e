package org.dmreport.analysis;

import java.util.Optional;
import org.dmreport.model.Stage;
import org.dmreport.model.Unit;

/**
 * What shows, between two consecutive captures of a subtask with no stop between them, that DM
 * recreated it: a worker restart or an HA failover recreates subtasks from etcd
 * ({@code operateSubTaskStage} → {@code StartSubTask} → New → {@code initUnits}), which a capture
 * sees only by these signs (dm-behaviour §8).
 */
public enum Restart {

    /** The stage went back to New, where a recreated subtask starts. */
    BACK_TO_NEW("came back at New"),
    /** A unit that had finished its work runs it again: a finished full-mode task reruns Load. */
    FINISHED_UNIT_AGAIN("ran its finished unit again"),
    /**
     * The unit moved back: {@code initUnits} restarts at the last unit that is not fresh, and a Sync
     * that failed before its first checkpoint flush restarts at Load.
     */
    UNIT_BACK("went back to an earlier unit"),
    /** The Sync counters started again from a lower value, as a new syncer does. */
    COUNTERS_RESET("started its Sync counters again");

    private final String text;

    Restart(String text) {
        this.text = text;
    }

    /** How a message says it, e.g. "came back at New". */
    public String text() {
        return text;
    }

    /** The sign of a restart between {@code before} and {@code after}, the first that shows. */
    public static Optional<Restart> between(SubtaskPoint before, SubtaskPoint after) {
        int from = StageMachine.order(before.unit());
        int to = StageMachine.order(after.unit());
        if (from >= 0 && to >= 0 && to < from) {
            return Optional.of(UNIT_BACK);
        }
        if (Stage.New.is(after.stage()) && !Stage.New.is(before.stage())) {
            return Optional.of(BACK_TO_NEW);
        }
        if (Stage.Finished.is(before.stage())
                && !Stage.Finished.is(after.stage())
                && from == to
                && !startingNextUnit(before)) {
            return Optional.of(FINISHED_UNIT_AGAIN);
        }
        if (Unit.Sync.is(before.unit())
                && Unit.Sync.is(after.unit())
                && before.rows() != null
                && after.rows() != null
                && after.rows() < before.rows()) {
            return Optional.of(COUNTERS_RESET);
        }
        return Optional.empty();
    }

    /**
     * Whether a Finished point is the instant between two units: {@code setCurrUnit} runs before the
     * next unit's {@code run()}, so Finished shows with the next unit, which has done nothing yet (a
     * Sync unit counts no progress of this kind at all). A unit that finished its own work shows its
     * progress.
     */
    public static boolean startingNextUnit(SubtaskPoint finished) {
        return Stage.Finished.is(finished.stage()) && (finished.progress() == null || finished.progress() == 0);
    }
}
