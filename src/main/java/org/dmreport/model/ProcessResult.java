package org.dmreport.model;

import java.util.List;

/** DM's {@code ProcessResult}: the {@code result} of a subtask, relay, source or validator. */
public record ProcessResult(boolean canceled, List<ProcessError> errors, String detail, Where where) {
    public ProcessResult {
        errors = List.copyOf(errors);
    }

    /** Whether it carries at least one error, the test dmctl's status rule applies. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
