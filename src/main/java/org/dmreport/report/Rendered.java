package org.dmreport.report;

/**
 * What writing an output came to: whole, or stopped part-way by a problem of the output's own (a
 * template that cannot be read or rendered, named with its line). The writer then holds a part,
 * which the caller discards: a problem is a value to report, never an exception through the
 * writer. Failures to write (a full disk) are {@link java.io.IOException}s, not this.
 *
 * @param problem what stopped it, or null when it is whole
 */
public record Rendered(String problem) {

    /** Written whole. */
    public static final Rendered WHOLE = new Rendered(null);

    /** Stopped part-way by {@code problem}. */
    public static Rendered stopped(String problem) {
        if (problem == null || problem.isBlank()) {
            throw new IllegalArgumentException("a stopped output names its problem");
        }
        return new Rendered(problem);
    }

    /** Whether the whole output was written. */
    public boolean whole() {
        return problem == null;
    }
}
