package org.dmreport.analysis;

import java.util.List;
import org.dmreport.model.Capture;

/**
 * One subtask (task on source) across captures in time order: where it was seen, and where a
 * snapshot that would have shown it did not (it had been stopped).
 */
public record SubtaskSeries(String task, String source, List<Step> steps) {

    public SubtaskSeries {
        steps = List.copyOf(steps);
    }

    /** The subtask at one capture: its point, or null with the snapshot that shows it absent. */
    public record Step(SubtaskPoint point, Capture absentIn, int absentDocument) {
        public boolean present() {
            return point != null;
        }
    }
}
