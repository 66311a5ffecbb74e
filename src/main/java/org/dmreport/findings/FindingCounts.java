package org.dmreport.findings;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many findings there are by severity, and how many a baseline accepts: the one count every
 * output and the summary line show. A folded finding counts as often as it was found, so the counts
 * are the same with and without {@code --each}.
 *
 * @param active    findings no baseline accepts, by severity (every severity present)
 * @param baselined findings a baseline accepts
 */
public record FindingCounts(Map<Severity, Integer> active, long baselined) {

    public FindingCounts {
        active = Collections.unmodifiableMap(new EnumMap<>(active));
    }

    public static FindingCounts of(List<Finding> findings) {
        Map<Severity, Integer> active = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            active.put(s, 0);
        }
        long baselined = 0;
        for (Finding f : findings) {
            if (f.baselined()) {
                baselined += f.occurrences();
            } else {
                active.merge(f.severity(), f.occurrences(), Integer::sum);
            }
        }
        return new FindingCounts(active, baselined);
    }

    public int of(Severity severity) {
        return active.get(severity);
    }
}
