package org.dmreport.report;

import java.util.List;
import org.dmreport.model.Problem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code problems} array that every JSON output carries, in one shape. */
public final class ProblemsJson {

    private ProblemsJson() {}

    /** Adds one {@code {input, cluster, line, column, message}} object per problem to {@code array}. */
    public static void add(ArrayNode array, List<Problem> problems) {
        for (Problem p : problems) {
            ObjectNode n = array.addObject();
            n.put("input", p.input());
            n.put("cluster", p.cluster());
            n.put("line", p.line());
            n.put("column", p.column());
            n.put("message", p.message());
        }
    }
}
