package org.dmreport.report.findings;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;
import org.dmreport.findings.Finding;
import org.dmreport.findings.FindingCounts;
import org.dmreport.findings.Severity;
import org.dmreport.report.JsonStream;
import org.dmreport.report.ProblemsJson;
import org.dmreport.report.Rendered;
import tools.jackson.databind.node.ObjectNode;

/** The machine form documented in the reference (src/site/markdown/reference.md): a summary object, every finding, every problem. */
public final class JsonRenderer implements FindingsRenderer {

    @Override
    public void prepare() {
        JsonStream.Ahead.build();
    }

    @Override
    public Rendered render(FindingsView view, Writer out) throws IOException {
        JsonStream.write(out, json -> {
            json.writeStartObject();
            json.writeName("summary");
            json.writeTree(summary(view));
            JsonStream.writeArray(json, "findings", view.findings(), JsonRenderer::finding);
            JsonStream.writeArray(json, "problems", view.problems(), ProblemsJson::of);
            json.writeEndObject();
        });
        return Rendered.WHOLE;
    }

    private static ObjectNode summary(FindingsView view) {
        ObjectNode summary = JsonStream.MAPPER.createObjectNode();
        summary.put("inputs", view.inputs().size());
        summary.put("documents", view.documents());
        summary.put("unreadable", view.problems().size());
        FindingCounts counts = view.counts();
        summary.put("errors", counts.of(Severity.ERROR));
        summary.put("warnings", counts.of(Severity.WARNING));
        summary.put("infos", counts.of(Severity.INFO));
        summary.put("baselined", counts.baselined());
        summary.put("failOn", view.failOn() == null ? "never" : view.failOn().label());
        summary.put("failed", view.failed());
        view.staleBaseline().forEach(summary.putArray("staleBaseline")::add);
        return summary;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode n = JsonStream.MAPPER.createObjectNode();
        n.put("rule", f.ruleId());
        n.put("severity", f.severity().label());
        n.put("category", f.category().label());
        n.put("input", f.input());
        n.put("cluster", f.cluster());
        n.put("document", f.document());
        n.put("capturedAt", Objects.toString(f.capturedAt(), null));
        n.put("pointer", f.pointer());
        n.put("line", f.line());
        n.put("column", f.column());
        n.put("task", f.task());
        n.put("source", f.source());
        n.put("message", f.message());
        ObjectNode evidence = n.putObject("evidence");
        f.evidence().forEach(evidence::put);
        n.put("fingerprint", f.fingerprint());
        n.put("incident", f.incident().isEmpty() ? null : f.incident());
        n.put("baselined", f.baselined());
        if (f.occurrences() > 1) {
            n.put("occurrences", f.occurrences());
            ObjectNode last = n.putObject("last");
            last.put("input", f.last().input());
            last.put("document", f.last().document());
            last.put("capturedAt", f.last().capturedAt().toString());
            last.put("line", f.last().line());
            last.put("column", f.last().column());
        }
        return n;
    }
}
