package org.dmreport.analysis;

import java.util.List;
import org.dmreport.model.Capture;

/**
 * One subtask (task on source) across captures in time order: where it was seen, and where a
 * snapshot that would have shown it did not (it had been stopped).
 *
 * @param unanswered captures, in time order, at which the subtask's source did not answer or had no
 *                   worker bound and no document showed the subtask: its state then is unknown, and a
 *                   worker restart or failover may have recreated it
 */
public record SubtaskSeries(String task, String source, List<Step> steps, List<Capture> unanswered) {

    public SubtaskSeries {
        steps = List.copyOf(steps);
        unanswered = List.copyOf(unanswered);
    }

    /** A series with no capture at which its source did not answer. */
    public SubtaskSeries(String task, String source, List<Step> steps) {
        this(task, source, steps, List.of());
    }

    /** The subtask at one capture: its point, or null with the snapshot that shows it absent. */
    public record Step(SubtaskPoint point, Capture absentIn, int absentDocument) {
        public boolean present() {
            return point != null;
        }
    }
}
