package org.dmreport.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Stage;

/** A stage change that needs several steps between two captures: which path was assumed. */
public final class AssumedPathRule implements Rule.OfSubtask {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("assumed-transition-path", Category.TRANSITION,
            Severity.INFO, "Several stage changes happened between two captures",
            "When a change from a to b is not one edge of the state machine but a path of several, the "
                    + "captures missed intermediate stages; the shortest path is assumed and named, e.g. "
                    + "Paused -> Resuming -> Running, or New -> Running -> Paused.",
            "10:00 {\"stage\": \"New\"}; 10:01 {\"stage\": \"Finished\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        Lives.consecutive(series, (before, after) -> {
            if (Stage.parse(before.stage()).isEmpty() || Stage.parse(after.stage()).isEmpty()) {
                return;
            }
            Optional<List<Stage>> path = ImpossibleTransitionRule.Transitions.path(before, after, settings);
            if (path.isPresent() && path.get().size() > 2) {
                String text = ImpossibleTransitionRule.Transitions.text(path.get());
                reporter.report(Lives.place(after, "stage"), "assumed " + text + " between "
                        + before.capture().capturedAt() + " and " + after.capture().capturedAt(), Map.of("path", text));
            }
        });
    }
}
