package org.dmreport.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.TaskStatus;
import org.dmreport.model.Note;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of {@code dmreport status}. The field names of snapshots, tasks and problems are
 * an interface that tools depend on; new fields may be added, none renamed.
 */
public final class StatusJsonRenderer implements Renderer<StatusView> {

    private static final JsonMapper MAPPER = JsonStream.MAPPER;

    /** Writes the whole output to {@code out}, a snapshot at a time; the caller flushes and closes. */
    @Override
    public Rendered render(StatusView view, Writer out) throws IOException {
        JsonStream.write(out, json -> {
            json.writeStartObject();
            JsonStream.writeArray(json, "snapshots", view.snapshots(), StatusJsonRenderer::snapshot);
            JsonStream.writeArray(json, "problems", view.problems(), ProblemsJson::of);
            json.writeEndObject();
        });
        return Rendered.WHOLE;
    }

    private static ObjectNode snapshot(SnapshotStatus s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("input", s.capture().input());
        node.put("cluster", s.capture().cluster());
        node.put("document", s.document());
        node.put("capturedAt", Objects.toString(s.capture().capturedAt(), null));
        node.put("timeSource", s.capture().timeSource().label());
        node.put("kind", s.kind().label());
        if (s.printer().api()) {
            node.put("printedBy", s.printer().label());
        }
        node.put("dmVersion", s.version().label());
        node.put("partial", s.partial());
        if (!s.message().isEmpty()) {
            node.put("msg", s.message());
        }
        ArrayNode tasks = node.putArray("tasks");
        for (TaskStatus task : s.tasks()) {
            ObjectNode t = tasks.addObject();
            t.put("taskName", task.taskName());
            t.put("taskStatus", task.taskStatus());
            task.sources().forEach(t.putArray("sources")::add);
            task.unknownSources().forEach(t.putArray("unknownSources")::add);
            t.put("recorded", task.recorded());
        }
        s.unanswered().forEach(node.putArray("unansweredSources")::add);
        ArrayNode notes = node.putArray("notes");
        for (Note note : s.notes()) {
            ObjectNode n = notes.addObject();
            n.put("line", note.line());
            n.put("column", note.column());
            n.put("kind", note.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            n.put("repair", note.kind().isRepair());
            n.put("message", note.message());
        }
        return node;
    }
}
