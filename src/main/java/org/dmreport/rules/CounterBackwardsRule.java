package org.dmreport.rules;

import java.util.Map;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/** A counter that decreases within one unit. */
public final class CounterBackwardsRule implements Rule.OfSubtask {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("counter-went-backwards", Category.TRANSITION,
            Severity.WARNING, "A counter decreased within one unit",
            "Rows replicated by Sync and bytes done by Load and Dump grow while the unit runs. DM's Load is known "
                    + "to count down after a pause and resume (dm-behaviour §6), and a restarted worker starts its "
                    + "Sync counters again, so this is a warning: the throughput across the two captures is unknown.",
            "10:00 \"load\": {\"finishedBytes\": \"900\"}; 10:01 \"load\": {\"finishedBytes\": \"100\"}");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(SubtaskSeries series, RuleSettings settings, Reporter reporter) {
        Lives.consecutive(series, (before, after) -> {
            if (!before.unit().equals(after.unit())) {
                return;
            }
            if (before.rows() != null && after.rows() != null && after.rows() < before.rows()) {
                report(reporter, after, before, "sync/totalRows", "rows", before.rows(), after.rows());
            }
            if (before.progress() != null && after.progress() != null && after.progress() < before.progress()) {
                String unit = after.unit().toLowerCase(java.util.Locale.ROOT);
                report(reporter, after, before, unit + "/finishedBytes", unit + " finishedBytes",
                        before.progress().longValue(), after.progress().longValue());
            }
        });
    }

    private static void report(Reporter reporter, SubtaskPoint after, SubtaskPoint before, String pointer, String what,
                               long from, long to) {
        reporter.report(Lives.place(after, pointer), what + " went down from " + from + " to " + to + " since "
                + before.capture().capturedAt(), Map.of("before", Long.toString(from), "after", Long.toString(to)));
    }
}
