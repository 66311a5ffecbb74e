package org.dmreport.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dmreport.analysis.Restart;
import org.dmreport.analysis.StageMachine;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.model.Stage;

/**
 * A stage change between consecutive captures of one history that no path of the chosen state
 * machine explains.
 */
public final class ImpossibleTransitionRule implements Rule.OfSubtask {

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
                evidence.put("machine", settings.transitions().name().toLowerCase(Locale.ROOT));
                reporter.report(
                        Lives.place(after, "stage"),
                        "stage changed from " + before.stage() + " ("
                                + before.unit() + ") to " + after.stage() + " (" + after.unit()
                                + "), which no path of the stage machine explains",
                        evidence);
            }
        });
    }

    /** Shared by the transition rules: the path that explains two consecutive points. */
    static final class Transitions {
        private Transitions() {}

        static Optional<List<Stage>> path(SubtaskPoint before, SubtaskPoint after, RuleSettings settings) {
            StageMachine machine =
                    StageMachine.of(settings.transitions(), after.version().atLeast());
            int from = StageMachine.order(before.unit());
            int to = StageMachine.order(after.unit());
            boolean movedOn = to > from && from >= 0 || to == from && Restart.startingNextUnit(before);
            return machine.path(
                    Stage.parse(before.stage()).orElseThrow(),
                    Stage.parse(after.stage()).orElseThrow(),
                    movedOn,
                    settings.transitions());
        }

        static String text(List<Stage> path) {
            return path.stream().map(Stage::name).collect(Collectors.joining(" -> "));
        }
    }
}
