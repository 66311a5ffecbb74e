package org.dmreport.analysis;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dmreport.model.Stage;
import org.dmreport.model.Unit;

/**
 * Time a subtask spent in each stage and unit: between two consecutive captures it is counted for
 * what the earlier one showed. A disappearance ends a life; nothing is counted across it.
 */
public record StageTimes(Map<String, Duration> byStage, Map<String, Duration> byUnit) {

    public StageTimes {
        byStage = Collections.unmodifiableMap(new LinkedHashMap<>(byStage));
        byUnit = Collections.unmodifiableMap(new LinkedHashMap<>(byUnit));
    }

    public static StageTimes of(SubtaskSeries series) {
        Map<String, Duration> stages = new LinkedHashMap<>();
        Map<String, Duration> units = new LinkedHashMap<>();
        SubtaskPoint previous = null;
        for (SubtaskSeries.Step step : series.steps()) {
            if (!step.present()) {
                previous = null;
                continue;
            }
            SubtaskPoint p = step.point();
            if (previous != null
                    && previous.capture().capturedAt() != null
                    && p.capture().capturedAt() != null) {
                Duration d = Duration.between(
                        previous.capture().capturedAt(), p.capture().capturedAt());
                stages.merge(previous.stage(), d, Duration::plus);
                units.merge(previous.unit(), d, Duration::plus);
            }
            previous = p;
        }
        return new StageTimes(stages, units);
    }

    /**
     * Every stage (or unit) a list of series spent time in: stages in the order of DM's enum, units in
     * the order a task runs them, anything else after them by name.
     */
    public static List<String> keys(List<StageTimes> times, boolean stages) {
        Set<String> keys = new HashSet<>();
        for (StageTimes t : times) {
            keys.addAll((stages ? t.byStage() : t.byUnit()).keySet());
        }
        Comparator<String> known = Comparator.comparingInt(k -> stages
                ? Stage.parse(k).map(Enum::ordinal).orElse(Integer.MAX_VALUE)
                : Unit.parse(k)
                        .map(u -> StageMachine.order(k) < 0 ? 100 + u.ordinal() : StageMachine.order(k))
                        .orElse(Integer.MAX_VALUE));
        return keys.stream()
                .sorted(known.thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
