package org.dmreport.model;

import java.util.Optional;

/**
 * One subtask of one source. {@code stage} and {@code unit} are kept as printed, because dmctl's
 * task status copies the stage name verbatim; {@link #stageKind()} and {@link #unitKind()} parse them.
 * At most one of the unit statuses is set; {@code missingMsg} is DM's {@code msg} for a subtask that
 * was asked for but has not started.
 */
public record SubtaskStatus(
        String name,
        String stage,
        String unit,
        ProcessResult result,
        String unresolvedDdlLockId,
        SyncStatus sync,
        LoadStatus load,
        DumpStatus dump,
        CheckStatus check,
        String missingMsg,
        ValidationStatus validation,
        Where where) {

    public Optional<Stage> stageKind() {
        return Stage.parse(stage);
    }

    public Optional<Unit> unitKind() {
        return Unit.parse(unit);
    }

    /** Whether {@code result} carries at least one error. */
    public boolean hasErrors() {
        return result != null && result.hasErrors();
    }
}
