package org.dmreport.rules;

import org.dmreport.model.Capture;
import org.dmreport.model.Origin;
import org.dmreport.model.Problem;
import org.dmreport.model.TimeSource;

/**
 * An input, or a document in it, that could not be read as query-status output: at the capture time
 * its path gives, so that a half-written capture shows where it belongs in the day.
 */
public final class UnreadableRule implements Rule.OfProblem {

    @Override
    public void check(Problem problem, Reporter reporter) {
        reporter.report(
                Place.of(
                        new Capture(
                                problem.input(),
                                problem.cluster(),
                                problem.capturedAt(),
                                problem.capturedAt() == null ? TimeSource.NONE : TimeSource.PATH),
                        0,
                        new Origin("", problem.line(), problem.column())),
                problem.message());
    }
}
