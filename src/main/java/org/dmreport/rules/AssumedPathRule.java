package org.dmreport.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.model.Stage;

/** A stage change that needs several steps between two captures: which path was assumed. */
public final class AssumedPathRule implements Rule.OfSubtask {

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        Lives.consecutive(series, (before, after) -> {
            if (Stage.parse(before.stage()).isEmpty()
                    || Stage.parse(after.stage()).isEmpty()) {
                return;
            }
            Optional<List<Stage>> path = ImpossibleTransitionRule.Transitions.path(before, after, settings);
            if (path.isPresent() && path.get().size() > 2) {
                String text = ImpossibleTransitionRule.Transitions.text(path.get());
                reporter.report(
                        Lives.place(after, "stage"),
                        "assumed " + text + " between " + before.capture().capturedAt() + " and "
                                + after.capture().capturedAt(),
                        Map.of("path", text));
            }
        });
    }
}
