package org.dmreport.cli;

import org.dmreport.app.Batch;
import org.dmreport.model.Printable;
import org.dmreport.model.Problem;
import org.dmreport.report.Rendered;

/**
 * Prints a batch's problems and warnings, or an output's problem, on standard error and says which
 * exit code they mean.
 */
final class Outcomes {

    private Outcomes() {}

    static int report(Batch<?> batch, Streams streams) {
        for (String warning : batch.warnings()) {
            streams.err().println("dmreport: warning: " + Printable.line(warning));
        }
        for (Problem problem : batch.problems()) {
            streams.err().println(problem.format());
        }
        if (batch.items().isEmpty() && batch.problems().isEmpty()) {
            streams.err()
                    .println("dmreport: no query-status document found in "
                            + (batch.inputs() == 0 ? "the inputs (no file matched)" : batch.inputs() + " input(s)"));
            streams.err().flush();
            return ExitCode.UNREADABLE.code();
        }
        streams.err().flush();
        return batch.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.UNREADABLE.code();
    }

    /**
     * Whether writing an output stopped part-way (a template's problem, a usage error of the team
     * that wrote it): the problem is printed, and nothing of that output was kept.
     */
    static boolean stopped(Rendered rendered, Streams streams) {
        if (rendered.whole()) {
            return false;
        }
        streams.err().println("dmreport: " + rendered.problem());
        streams.err().flush();
        return true;
    }
}
