package org.dmreport.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dmreport.analysis.Coverage;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.SourcePoint;
import org.dmreport.analysis.TaskStatus;

/**
 * Makes equal values that repeat capture after capture (a task's status and sources, a source's
 * place in its document, the DM version, the sources a document covers) share one instance, so
 * that what is kept of each document is little more than its capture. Values are immutable records
 * and lists; an equal one replaces each, whichever thread met it first. Thread-safe: the reading
 * threads compact what they made before the merge takes it.
 */
final class Compactor {

    private final Map<Object, Object> seen = new ConcurrentHashMap<>();

    /** The instance equal to {@code value} seen first; {@code value} itself when new. */
    @SuppressWarnings("unchecked")
    <T> T of(T value) {
        if (value == null) {
            return null;
        }
        Object held = seen.putIfAbsent(value, value);
        return held == null ? value : (T) held;
    }

    SnapshotStatus status(SnapshotStatus s) {
        List<TaskStatus> tasks = new ArrayList<>(s.tasks().size());
        for (TaskStatus t : s.tasks()) {
            tasks.add(of(new TaskStatus(
                    of(t.taskName()),
                    of(t.taskStatus()),
                    of(t.sources()),
                    of(t.workers()),
                    of(t.unknownSources()),
                    t.recorded(),
                    of(t.origin()))));
        }
        return new SnapshotStatus(
                s.capture(),
                s.document(),
                s.kind(),
                s.printer(),
                of(s.version()),
                s.partial(),
                of(s.notes()),
                of(List.copyOf(tasks)),
                of(s.unanswered()),
                of(s.message()));
    }

    List<SourcePoint> sources(List<SourcePoint> points) {
        List<SourcePoint> compact = new ArrayList<>(points.size());
        for (SourcePoint p : points) {
            compact.add(new SourcePoint(
                    p.capture(),
                    p.document(),
                    of(p.origin()),
                    of(p.source()),
                    of(p.worker()),
                    p.answered(),
                    of(p.msg()),
                    of(p.relayStage()),
                    of(p.relayError()),
                    of(p.relayOrigin())));
        }
        return compact;
    }

    List<Coverage> coverage(List<Coverage> covered) {
        List<Coverage> compact = new ArrayList<>(covered.size());
        for (Coverage c : covered) {
            compact.add(new Coverage(
                    c.capture(), c.document(), of(c.task()), of(c.listed()), of(c.sources()), of(c.excluded())));
        }
        return compact;
    }
}
