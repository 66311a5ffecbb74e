package org.dmreport.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.model.Note;
import org.dmreport.model.Printable;

/**
 * The text form of {@code dmreport status}: a header line per snapshot
 * ({@code TIME INPUT#DOC [CLUSTER] KIND DM-VERSION}, the cluster only when the path names one), then
 * one indented line per task ({@code TASK: STATUS (SOURCES)}), sources that did not answer, and
 * the notes taken while reading. Problems are not part of it: they go to standard error.
 */
public final class StatusTextRenderer implements Renderer<StatusView> {

    /** Writes the whole output to {@code out}, a snapshot at a time; the caller flushes and closes. */
    @Override
    public Rendered render(StatusView view, Writer out) throws IOException {
        for (SnapshotStatus s : view.snapshots()) {
            out.append(
                            s.capture().capturedAt() == null
                                    ? "unknown-time"
                                    : s.capture().capturedAt().toString())
                    .append(" (")
                    .append(s.capture().timeSource().label())
                    .append(") ")
                    .append(Printable.line(s.capture().input()))
                    .append('#')
                    .append(String.valueOf(s.document()));
            if (!s.capture().cluster().isEmpty()) {
                out.append(" [").append(Printable.line(s.capture().cluster())).append(']');
            }
            out.append(' ')
                    .append(s.kind().label())
                    .append(" DM ")
                    .append(s.version().label());
            if (s.partial()) {
                out.append(" partial");
            }
            if (s.printer().api()) {
                // The API prints no task status: dmctl's rule makes it from the subtasks, as for a full response.
                out.append(" from ").append(s.printer().label()).append(", task status recomputed");
            }
            out.append('\n');
            if (!s.message().isEmpty()) {
                out.append("  query failed: ")
                        .append(Printable.line(s.message()))
                        .append('\n');
            }
            for (TaskStatus task : s.tasks()) {
                out.append("  ")
                        .append(orMark(task.taskName(), "(no name)"))
                        .append(": ")
                        .append(orMark(task.taskStatus(), "(no stage)"));
                out.append(" (").append(sources(task.sources())).append(')');
                if (!task.unknownSources().isEmpty()) {
                    out.append("; unknown on ").append(sources(task.unknownSources()));
                }
                out.append('\n');
            }
            if (!s.unanswered().isEmpty()) {
                out.append("  did not answer: ")
                        .append(String.join(", ", s.unanswered()))
                        .append('\n');
            }
            for (Note note : s.notes()) {
                out.append("  note ")
                        .append(String.valueOf(note.line()))
                        .append(':')
                        .append(String.valueOf(note.column()))
                        .append(": ")
                        .append(Printable.line(note.message()))
                        .append('\n');
            }
        }
        return Rendered.WHOLE;
    }

    /** Source IDs; a fragment without its source shows {@code ?}. */
    private static String sources(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> orMark(id, "?")).toList());
    }

    private static String orMark(String text, String mark) {
        return text.isEmpty() ? mark : text;
    }
}
