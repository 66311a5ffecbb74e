package org.dmreport.analysis;

import java.util.List;
import org.dmreport.model.Capture;

/**
 * One subtask (task on source, in its cluster) across captures in time order: where it was seen,
 * and where a snapshot that would have shown it did not (it had been stopped).
 *
 * @param cluster    the cluster the subtask runs in, "" when its inputs name none
 * @param unanswered captures, in time order, at which the subtask's source did not answer or had no
 *                   worker bound and no document showed the subtask: its state then is unknown, and a
 *                   worker restart or failover may have recreated it
 * @param conflicts  documents of one capture time that showed the subtask otherwise than the one its
 *                   steps keep, in time order
 */
public record SubtaskSeries(
        String cluster,
        String task,
        String source,
        List<Step> steps,
        List<Capture> unanswered,
        List<Conflict> conflicts) {

    public SubtaskSeries {
        steps = List.copyOf(steps);
        unanswered = List.copyOf(unanswered);
        conflicts = List.copyOf(conflicts);
    }

    /** The subtask at one capture: its point, or null with the snapshot that shows it absent. */
    public record Step(SubtaskPoint point, Capture absentIn, int absentDocument) {
        public boolean present() {
            return point != null;
        }
    }

    /**
     * Two documents of one capture time that disagree about the subtask: {@code kept} is the one its
     * steps hold (the first in capture order), {@code other} a later one that was set aside.
     */
    public record Conflict(SubtaskPoint kept, SubtaskPoint other) {}
}
