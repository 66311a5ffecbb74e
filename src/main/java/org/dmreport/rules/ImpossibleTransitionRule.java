package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dmreport.analysis.Restart;
import org.dmreport.analysis.StageMachine;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;
import org.dmreport.model.Stage;

/**
 * A stage change between consecutive captures of one history that no path of the chosen state
 * machine explains.
 */
public final class ImpossibleTransitionRule implements Rule.OfSubtask {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("impossible-transition", Category.TRANSITION,
            Severity.WARNING, "A stage change that the chosen stage machine cannot make",
            "Several steps can happen between two captures, so a change from stage a to b is plausible when b is "
                    + "reachable from a (dm-behaviour §5). --transitions dm (the default) uses what DM's worker "
                    + "does: Pausing, Resuming, Stopping (and Stopping to Paused when a unit stops with errors, "
                    + "fetchResultAndUpdateStage), resuming a Stopped subtask since 6.0, Finished to Running "
                    + "at a unit boundary (and with the next unit shown, as setCurrUnit runs before run()). Every "
                    + "change left within one history of a subtask is then explained: going back to New or "
                    + "leaving Finished for the same unit is a restart (subtask-recreated), and a restart, a stop "
                    + "or a capture at which the source did not answer begins a new history, across which nothing "
                    + "is judged. So this rule speaks only under --transitions documented, which accepts only the "
                    + "documentation's diagram: it then marks what DM printed and the diagram leaves out.",
            "--transitions documented: 10:00 {\"stage\": \"Running\"}; 10:01 {\"stage\": \"Pausing\"}");

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
            int from = StageMachine.order(before.unit());
            int to = StageMachine.order(after.unit());
            boolean movedOn = to > from && from >= 0 || to == from && Restart.startingNextUnit(before);
            return machine.path(Stage.parse(before.stage()).orElseThrow(), Stage.parse(after.stage()).orElseThrow(),
                    movedOn, settings.transitions());
        }

        static String text(List<Stage> path) {
            return path.stream().map(Stage::name).collect(Collectors.joining(" -> "));
        }
    }
}
