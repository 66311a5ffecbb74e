package org.dmreport.report;

import org.dmreport.model.Problem;
import tools.jackson.databind.node.ObjectNode;

/** The {@code problems} array that every JSON output carries, in one shape. */
public final class ProblemsJson {

    private ProblemsJson() {}

    /** One problem as {@code {input, cluster, line, column, message}}. */
    public static ObjectNode of(Problem p) {
        ObjectNode n = JsonStream.MAPPER.createObjectNode();
        n.put("input", p.input());
        n.put("cluster", p.cluster());
        n.put("line", p.line());
        n.put("column", p.column());
        n.put("message", p.message());
        return n;
    }
}
