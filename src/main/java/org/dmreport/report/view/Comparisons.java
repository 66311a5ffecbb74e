package org.dmreport.report.view;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmreport.analysis.TaskWindow;
import org.dmreport.findings.Finding;

/**
 * What changed between a report and the report of another window or capture set: incidents new,
 * resolved and still open; each task's availability, lag p95 and rows per second before and now;
 * findings new and resolved by fingerprint. Both reports are built the same way, so their figures
 * compare.
 */
public final class Comparisons {

    private Comparisons() {}

    /** How the other set was chosen. */
    public enum Against {
        /** The window of the same length just before: an incident is the same when its id is. */
        PREVIOUS,
        /** Another capture set: an incident is the same when its cluster and cause are. */
        CAPTURES
    }

    /**
     * The comparison of {@code now} (built from {@code nowFindings}) with {@code before}; {@code
     * where} names the other set for a reader ("the previous window", "the captures in DIR").
     */
    public static ReportModel.Comparison of(
            ReportModel now,
            List<Finding> nowFindings,
            ReportModel before,
            List<Finding> beforeFindings,
            Against against,
            String where) {
        Map<String, ReportModel.IncidentLine> earlier = new LinkedHashMap<>();
        before.incidents().forEach(i -> earlier.putIfAbsent(key(i, against), i));
        Set<String> seen = new LinkedHashSet<>();
        List<ReportModel.IncidentChange> incidents = new ArrayList<>();
        int fresh = 0;
        int resolved = 0;
        int open = 0;
        for (ReportModel.IncidentLine i : now.incidents()) {
            String key = key(i, against);
            seen.add(key);
            String change;
            if (!earlier.containsKey(key)) {
                change = "new";
                fresh++;
            } else if (i.ongoing()) {
                change = "still-open";
                open++;
            } else if (against == Against.PREVIOUS) {
                change = "resolved";
                resolved++;
            } else {
                change = "again";
            }
            incidents.add(change(i, change));
        }
        for (ReportModel.IncidentLine i : before.incidents()) {
            // Going on at the end of the previous window and not now: it ended at the boundary. Against
            // another capture set: it did not happen again.
            if (!seen.contains(key(i, against)) && (against == Against.CAPTURES || i.ongoing())) {
                incidents.add(change(i, "resolved"));
                resolved++;
            }
        }
        Map<String, ReportModel.FindingChange> nowByPrint = byFingerprint(nowFindings);
        Map<String, ReportModel.FindingChange> beforeByPrint = byFingerprint(beforeFindings);
        List<ReportModel.FindingChange> newFindings = new ArrayList<>();
        nowByPrint.forEach((print, f) -> {
            if (!beforeByPrint.containsKey(print)) {
                newFindings.add(f);
            }
        });
        List<ReportModel.FindingChange> resolvedFindings = new ArrayList<>();
        beforeByPrint.forEach((print, f) -> {
            if (!nowByPrint.containsKey(print)) {
                resolvedFindings.add(f);
            }
        });
        ReportModel.Overview o = before.overview();
        return new ReportModel.Comparison(
                against.name().toLowerCase(Locale.ROOT),
                o.fromUtc().isEmpty() ? null : o.fromUtc(),
                o.untilUtc().isEmpty() ? null : o.untilUtc(),
                incidents,
                tasks(now, before),
                newFindings,
                resolvedFindings,
                o.fromUtc().isEmpty() ? where + " (no capture)" : where + ", " + o.from() + " to " + o.until(),
                fresh,
                resolved,
                open);
    }

    private static String key(ReportModel.IncidentLine i, Against against) {
        return against == Against.PREVIOUS
                ? i.id()
                : String.join(
                        "\0",
                        i.cluster(),
                        i.cause().rule(),
                        i.cause().task(),
                        i.cause().source());
    }

    private static ReportModel.IncidentChange change(ReportModel.IncidentLine i, String change) {
        return new ReportModel.IncidentChange(
                i.id(),
                change,
                i.cluster(),
                i.cause().rule(),
                i.cause().task(),
                i.cause().source(),
                i.start(),
                i.end(),
                i.cause().label(),
                i.shownStart() + (i.ongoing() ? ", ongoing for " : ", for ") + i.duration());
    }

    /** The findings not accepted by a baseline, one per fingerprint (the first), in their order. */
    private static Map<String, ReportModel.FindingChange> byFingerprint(List<Finding> findings) {
        Map<String, ReportModel.FindingChange> found = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!f.baselined()) {
                found.putIfAbsent(
                        f.fingerprint(),
                        new ReportModel.FindingChange(
                                f.fingerprint(),
                                f.ruleId(),
                                f.severity().label(),
                                f.cluster(),
                                f.task(),
                                f.source(),
                                f.message()));
            }
        }
        return found;
    }

    /** Every task of either report, by cluster and name, with its figures in each. */
    private static List<ReportModel.TaskChange> tasks(ReportModel now, ReportModel before) {
        Map<String, TaskWindow> after = windows(now);
        Map<String, TaskWindow> earlier = windows(before);
        Set<String> keys = new TreeSet<>(after.keySet());
        keys.addAll(earlier.keySet());
        List<ReportModel.TaskChange> changes = new ArrayList<>();
        for (String key : keys) {
            TaskWindow a = earlier.get(key);
            TaskWindow b = after.get(key);
            String[] parts = key.split("\0", 2);
            Double availabilityBefore = a == null ? null : a.availability();
            Double availability = b == null ? null : b.availability();
            Long lagBefore = a == null ? null : a.lagP95Seconds();
            Long lag = b == null ? null : b.lagP95Seconds();
            Double rowsBefore = a == null ? null : a.rowsPerSecondP50();
            Double rows = b == null ? null : b.rowsPerSecondP50();
            changes.add(new ReportModel.TaskChange(
                    parts[0],
                    parts[1],
                    availabilityBefore,
                    availability,
                    lagBefore,
                    lag,
                    rowsBefore,
                    rows,
                    arrow(percent(availabilityBefore), percent(availability)),
                    arrow(lagShown(lagBefore), lagShown(lag)),
                    arrow(Display.number(rowsBefore), Display.number(rows))));
        }
        return changes;
    }

    private static Map<String, TaskWindow> windows(ReportModel model) {
        Map<String, TaskWindow> windows = new TreeMap<>();
        List<ReportModel> reports =
                model.fleet() == null ? List.of(model) : model.fleet().clusters();
        for (ReportModel r : reports) {
            r.tasks().forEach(t -> windows.put(r.cluster() + "\0" + t.name(), t.window()));
        }
        return windows;
    }

    private static String arrow(String before, String now) {
        return (before.isEmpty() ? "none" : before) + " → " + (now.isEmpty() ? "none" : now);
    }

    private static String percent(Double fraction) {
        return fraction == null ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    private static String lagShown(Long seconds) {
        return seconds == null ? "" : Display.duration(Duration.ofSeconds(seconds));
    }
}
