package org.dmreport.analysis;

import java.util.List;

/**
 * One source of one cluster across captures in time order.
 *
 * @param cluster   the cluster, "" when its inputs name none
 * @param conflicts documents of one capture time that disagreed about the source, in time order
 */
public record SourceSeries(String cluster, String source, List<SourcePoint> points, List<Conflict> conflicts) {
    public SourceSeries {
        points = List.copyOf(points);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * Two documents of one capture time that disagree whether the source answered: {@code kept} is
     * the one the series holds (the first in capture order), {@code other} a later one set aside.
     */
    public record Conflict(SourcePoint kept, SourcePoint other) {}
}
