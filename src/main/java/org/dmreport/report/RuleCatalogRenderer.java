package org.dmreport.report;

import org.dmreport.rules.RuleCatalog;
import org.dmreport.rules.RuleDescriptor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The rule catalogue as text, JSON, or the Markdown table the README carries. */
public final class RuleCatalogRenderer {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private RuleCatalogRenderer() {}

    public static String text() {
        StringBuilder out = new StringBuilder();
        for (RuleDescriptor d : RuleCatalog.descriptors()) {
            out.append(d.id()).append(" (").append(d.category().label()).append(", ").append(d.severity().label())
                    .append("): ").append(d.title()).append('\n');
            out.append("  ").append(d.explanation()).append('\n');
            out.append("  Example: ").append(d.example().replace("\n", "\n           ")).append("\n\n");
        }
        return out.toString();
    }

    public static String json() {
        ArrayNode rules = MAPPER.createArrayNode();
        for (RuleDescriptor d : RuleCatalog.descriptors()) {
            ObjectNode n = rules.addObject();
            n.put("id", d.id());
            n.put("category", d.category().label());
            n.put("severity", d.severity().label());
            n.put("title", d.title());
            n.put("explanation", d.explanation());
            n.put("example", d.example());
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(rules) + "\n";
    }

    /** One table row per rule; cells escaped for GitHub-flavoured Markdown. */
    public static String markdown() {
        StringBuilder out = new StringBuilder("| rule | category | severity | what it reports |\n|---|---|---|---|\n");
        for (RuleDescriptor d : RuleCatalog.descriptors()) {
            out.append("| `").append(d.id()).append("` | ").append(d.category().label()).append(" | ")
                    .append(d.severity().label()).append(" | **").append(cell(d.title())).append(".** ")
                    .append(cell(d.explanation())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("<", "&lt;");
    }
}
