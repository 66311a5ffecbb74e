package org.dmreport.analysis;

import java.util.List;

/** One source across captures in time order. */
public record SourceSeries(String source, List<SourcePoint> points) {
    public SourceSeries {
        points = List.copyOf(points);
    }
}
