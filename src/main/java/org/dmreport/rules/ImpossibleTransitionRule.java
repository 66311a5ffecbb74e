package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dmreport.analysis.StageMachine;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Stage;

/** A stage change between consecutive captures that no path of the state machine explains. */
public final class ImpossibleTransitionRule implements Rule.OfSubtask {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("impossible-transition", Category.TRANSITION,
            Severity.ERROR, "A stage change that the state machine cannot make",
            "Several steps can happen between two captures, so a change from stage a to b is plausible when b is "
                    + "reachable from a (dm-behaviour §5). Nothing leads back to New without the subtask "
                    + "disappearing in between, and Finished leads only to the next unit. --transitions documented "
                    + "accepts only the documentation's diagram; dm (the default) also what DM's worker does: "
                    + "Pausing, Resuming, Stopping, resuming a Stopped subtask since 6.0, Finished to Running at a "
                    + "unit boundary.",
            "10:00 {\"stage\": \"Running\", \"unit\": \"Sync\"}; 10:01 {\"stage\": \"New\", \"unit\": \"Sync\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        Lives.consecutive(series, (before, after) -> {
            Optional<Stage> from = Stage.parse(before.stage());
            Optional<Stage> to = Stage.parse(after.stage());
            if (from.isEmpty() || to.isEmpty() || from.get() == Stage.InvalidStage || to.get() == Stage.InvalidStage) {
                return;
            }
            if (Transitions.path(before, after, settings).isEmpty()) {
                Map<String, String> evidence = new LinkedHashMap<>();
                evidence.put("from", before.stage() + " (" + before.unit() + ")");
                evidence.put("to", after.stage() + " (" + after.unit() + ")");
                evidence.put("previousCapture", String.valueOf(before.capture().capturedAt()));
                evidence.put("machine", settings.transitions().name().toLowerCase(java.util.Locale.ROOT));
                reporter.report(Lives.place(after, "stage"), "stage changed from " + before.stage() + " ("
                        + before.unit() + ") to " + after.stage() + " (" + after.unit()
                        + "), which no path of the stage machine explains", evidence);
            }
        });
    }

    /** Shared by the transition rules: the path that explains two consecutive points. */
    static final class Transitions {
        private Transitions() {}

        static Optional<List<Stage>> path(SubtaskPoint before, SubtaskPoint after, RuleSettings settings) {
            StageMachine machine = StageMachine.of(settings.transitions(), after.version().atLeast());
            boolean movedOn = StageMachine.order(after.unit()) > StageMachine.order(before.unit())
                    && StageMachine.order(before.unit()) >= 0;
            return machine.path(Stage.parse(before.stage()).orElseThrow(), Stage.parse(after.stage()).orElseThrow(),
                    movedOn, settings.transitions());
        }

        static String text(List<Stage> path) {
            return path.stream().map(Stage::name).collect(Collectors.joining(" -> "));
        }
    }
}
