package org.dmreport.rules;

import org.dmreport.model.Capture;
import org.dmreport.model.Origin;
import org.dmreport.model.Problem;
import org.dmreport.model.TimeSource;

/** An input, or a document in it, that could not be read as query-status output. */
public final class UnreadableRule implements Rule.OfProblem {

    @Override
    public void check(Problem problem, Reporter reporter) {
        reporter.report(
                Place.of(
                        new Capture(problem.input(), problem.cluster(), null, TimeSource.NONE),
                        0,
                        new Origin("", problem.line(), problem.column())),
                problem.message());
    }
}
