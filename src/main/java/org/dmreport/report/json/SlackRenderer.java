package org.dmreport.report.json;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.dmreport.report.JsonStream;
import org.dmreport.report.Rendered;
import org.dmreport.report.Renderer;
import org.dmreport.report.view.ReportModel;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report as a Slack Block Kit message, {@code {"blocks": [...]}}, ready for an incoming
 * webhook ({@code curl -H 'Content-type: application/json' --data @slack.json "$WEBHOOK"}): a
 * header, the window and the counts, the tasks that need a look (the worst clusters of a fleet),
 * and what happened, each list cut with how many more. Within Block Kit's limits whatever the
 * input: at most {@link #MAX_BLOCKS} blocks, {@link #MAX_TEXT} characters per text, 150 per header.
 * Text from the captures is escaped as Slack's mrkdwn asks ({@code &}, {@code <}, {@code >}).
 */
public final class SlackRenderer implements Renderer<ReportModel> {

    static final int MAX_BLOCKS = 50;
    static final int MAX_TEXT = 3000;
    private static final int LINES = 10;

    @Override
    public Rendered render(ReportModel view, Writer out) throws IOException {
        ObjectNode message = JsonStream.MAPPER.createObjectNode();
        ArrayNode blocks = message.putArray("blocks");
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text").put("text", cut(view.title(), 150));
        ReportModel.Overview o = view.overview();
        section(
                blocks,
                (o.fromUtc().isEmpty()
                                ? "No capture with a known time"
                                : "*" + escape(o.from()) + "* to *" + escape(o.until()) + "* (" + escape(o.span())
                                        + ")")
                        + " · " + o.files() + " files, " + o.unreadable() + " unreadable · *" + o.errors()
                        + "* errors, *"
                        + o.warnings() + "* warnings");
        if (view.comparison() != null) {
            ReportModel.Comparison c = view.comparison();
            StringBuilder changed = new StringBuilder("*Since " + escape(c.label()) + "*\n");
            changed.append("Incidents: ")
                    .append(c.newIncidents())
                    .append(" new, ")
                    .append(c.resolvedIncidents())
                    .append(" resolved, ")
                    .append(c.stillOpen())
                    .append(" still open · findings: ")
                    .append(c.newFindings().size())
                    .append(" new, ")
                    .append(c.resolvedFindings().size())
                    .append(" resolved\n");
            List<ReportModel.IncidentChange> told = c.incidents().stream()
                    .filter(i -> !i.change().equals("again"))
                    .toList();
            told.stream()
                    .limit(LINES)
                    .forEach(i -> changed.append("• ")
                            .append(i.change().replace('-', ' '))
                            .append(": *")
                            .append(escape(i.label()))
                            .append("* · ")
                            .append(escape(i.when()))
                            .append('\n'));
            more(changed, told.size() - LINES, "incidents");
            section(blocks, changed.toString());
        }
        if (view.fleet() != null) {
            List<ReportModel.FleetRow> rows = view.fleet().rows();
            StringBuilder text = new StringBuilder("*Clusters, the worst first*\n");
            rows.stream()
                    .limit(LINES)
                    .forEach(r -> text.append("• ")
                            .append(escape(r.cluster().isEmpty() ? "(no cluster name)" : r.cluster()))
                            .append(": ")
                            .append(escape(r.worst()))
                            .append('\n'));
            more(text, rows.size() - LINES, "clusters");
            section(blocks, text.toString());
        } else {
            List<ReportModel.TaskLine> tasks = view.tasksShown(LINES);
            StringBuilder text = new StringBuilder("*Tasks, those that need a look first*\n");
            tasks.forEach(t -> text.append("• *")
                    .append(escape(t.name()))
                    .append("* ")
                    .append(escape(t.verdict()))
                    .append(" now: ")
                    .append(escape(t.evidence()))
                    .append(t.inWindow().isEmpty() ? "" : " · in this window: " + escape(t.inWindow()))
                    .append('\n'));
            more(text, o.tasks().size() - tasks.size(), "tasks");
            section(blocks, text.toString());
            if (!view.incidents().isEmpty()) {
                StringBuilder told = new StringBuilder("*Incidents, the oldest first*\n");
                view.incidents().stream()
                        .limit(LINES)
                        .forEach(i -> told.append("• ")
                                .append(escape(i.shownStart()))
                                .append(" · *")
                                .append(escape(i.ongoing() ? "ongoing for " + i.duration() : i.duration()))
                                .append("* · ")
                                .append(escape(i.cause().label()))
                                .append(": ")
                                .append(escape(i.cause().message()))
                                .append(" · ")
                                .append(escape(String.join(", ", i.affected().tasks())))
                                .append(" · ")
                                .append(escape(i.endingLabel()))
                                .append('\n'));
                more(told, view.incidents().size() - LINES, "incidents");
                section(blocks, told.toString());
            }
        }
        blocks.addObject()
                .put("type", "context")
                .putArray("elements")
                .addObject()
                .put("type", "mrkdwn")
                .put("text", "dmreport · the whole story is in report.html, every row in the CSV tables");
        JsonStream.write(out, json -> json.writeTree(message));
        return Rendered.WHOLE;
    }

    private static void section(ArrayNode blocks, String mrkdwn) {
        if (blocks.size() < MAX_BLOCKS - 1) {
            blocks.addObject()
                    .put("type", "section")
                    .putObject("text")
                    .put("type", "mrkdwn")
                    .put("text", cut(mrkdwn.strip(), MAX_TEXT));
        }
    }

    private static void more(StringBuilder text, int more, String what) {
        if (more > 0) {
            text.append("… and ").append(more).append(" more ").append(what).append('\n');
        }
    }

    /** At most {@code max} characters, the cut marked. */
    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The three characters Slack's mrkdwn reads as markup, as its documentation asks them escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
