package org.dmreport.rules;

import java.util.Locale;
import java.util.Map;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;

/** A Load or Dump byte counter that decreases within one unit. */
public final class CounterBackwardsRule implements Rule.OfSubtask {

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        Lives.consecutive(series, (before, after) -> {
            if (!before.unit().equals(after.unit())) {
                return;
            }
            if (before.progress() != null && after.progress() != null && after.progress() < before.progress()) {
                String unit = after.unit().toLowerCase(Locale.ROOT);
                report(
                        reporter,
                        after,
                        before,
                        unit + "/finishedBytes",
                        unit + " finishedBytes",
                        before.progress().longValue(),
                        after.progress().longValue());
            }
        });
    }

    private static void report(
            Reporter reporter,
            SubtaskPoint after,
            SubtaskPoint before,
            String pointer,
            String what,
            long from,
            long to) {
        reporter.report(
                Lives.place(after, pointer),
                what + " went down from " + from + " to " + to + " since "
                        + before.capture().capturedAt(),
                Map.of("before", Long.toString(from), "after", Long.toString(to)));
    }
}
