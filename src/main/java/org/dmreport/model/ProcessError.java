package org.dmreport.model;

/**
 * One error of a subtask, relay, source or validator, unified over the three shapes DM has printed.
 * Numeric 1.0.2 class, scope and level are decoded to the names DM 2.0 prints.
 *
 * @param code      the numeric error code, or null (1.0 {@code Type}/{@code msg} errors have none)
 * @param errClass  e.g. {@code sync-unit}; for 1.0.0 errors the {@code Type} (e.g. {@code ExecSQL})
 * @param message   {@code Message}, or the 1.0 {@code msg}
 */
public record ProcessError(
        ErrorShape shape,
        Long code,
        String errClass,
        String scope,
        String level,
        String message,
        String rawCause,
        String workaround,
        Where where) {

    /** The same error with another message: a 1.0 error whose coded part has none shows its {@code msg}. */
    public ProcessError withMessage(String other) {
        return new ProcessError(shape, code, errClass, scope, level, other, rawCause, workaround, where);
    }
}
