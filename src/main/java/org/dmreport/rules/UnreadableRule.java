package org.dmreport.rules;

import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Capture;
import org.dmreport.model.Origin;
import org.dmreport.model.Problem;
import org.dmreport.model.TimeSource;

/** An input, or a document in it, that could not be read as query-status output. */
public final class UnreadableRule implements Rule.OfProblem {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("unreadable-input", Category.INPUT, Severity.ERROR,
            "An input or document could not be read as query-status output",
            "Broken JSON (even after --lenient's repairs), an input over a reading limit, a look-alike that is "
                    + "not query-status output (DM OpenAPI, shard-ddl-lock, start-task replies), or no document at "
                    + "all. The rest of the batch is read; the exit code is 3 whatever the findings.",
            "{\"result\": true, \"sources\": [");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(Problem problem, Reporter reporter) {
        reporter.report(Place.of(new Capture(problem.input(), problem.cluster(), null, TimeSource.NONE), 0,
                new Origin("", problem.line(), problem.column())), problem.message());
    }
}
