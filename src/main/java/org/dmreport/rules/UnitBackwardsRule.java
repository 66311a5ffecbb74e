package org.dmreport.rules;

import java.util.Map;
import org.dmreport.analysis.StageMachine;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/** A unit that moves backwards within one life of a subtask. */
public final class UnitBackwardsRule implements Rule.OfSubtask {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("unit-went-backwards", Category.TRANSITION,
            Severity.ERROR, "The processing unit moved backwards",
            "A task's units run in order, Dump -> Load -> Sync (or a part of it, by task mode), and never go back "
                    + "within one life of a subtask (dm-behaviour §5). Only a stop and a new start (the subtask "
                    + "disappears in between) begins again.",
            "10:00 {\"unit\": \"Sync\"}; 10:01 {\"unit\": \"Load\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        Lives.consecutive(series, (before, after) -> {
            int from = StageMachine.order(before.unit());
            int to = StageMachine.order(after.unit());
            if (from >= 0 && to >= 0 && to < from) {
                reporter.report(Lives.place(after, "unit"), "unit moved back from " + before.unit() + " to "
                        + after.unit() + " since " + before.capture().capturedAt(),
                        Map.of("from", before.unit(), "to", after.unit()));
            }
        });
    }
}
