package org.dmreport.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.dmreport.findings.Severity;
import org.dmreport.rules.RuleCatalog;
import org.dmreport.rules.RuleDescriptor;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rule catalogue ({@code dmreport rules}) as text, JSON, or the Markdown table of rules.md
 * carries: one renderer per format of the rules given, in their order.
 */
public enum RuleCatalogRenderer implements Renderer<List<RuleDescriptor>> {
    TEXT {
        @Override
        String text(List<RuleDescriptor> rules) {
            return RuleCatalogRenderer.plain(rules);
        }
    },
    JSON {
        @Override
        String text(List<RuleDescriptor> rules) {
            return RuleCatalogRenderer.json(rules);
        }
    },
    MD {
        @Override
        String text(List<RuleDescriptor> rules) {
            return RuleCatalogRenderer.markdown(rules);
        }
    };

    /** The whole output: a catalogue is small. */
    abstract String text(List<RuleDescriptor> rules);

    @Override
    public Rendered render(List<RuleDescriptor> rules, Writer out) throws IOException {
        out.write(text(rules));
        return Rendered.WHOLE;
    }

    private static String plain(List<RuleDescriptor> rules) {
        StringBuilder out = new StringBuilder();
        for (Severity s : Severity.values()) {
            out.append(s.label()).append(": ").append(s.claim()).append(".\n");
        }
        out.append('\n');
        for (RuleDescriptor d : rules) {
            out.append(d.id())
                    .append(" (")
                    .append(d.category().label())
                    .append(", ")
                    .append(d.severity().label())
                    .append("): ")
                    .append(d.title())
                    .append('\n');
            out.append("  ").append(d.explanation()).append('\n');
            out.append("  Example: ")
                    .append(d.example().replace("\n", "\n           "))
                    .append("\n\n");
        }
        return out.toString();
    }

    private static String json(List<RuleDescriptor> rules) {
        ArrayNode array = JsonStream.MAPPER.createArrayNode();
        for (RuleDescriptor d : rules) {
            ObjectNode n = array.addObject();
            n.put("id", d.id());
            n.put("category", d.category().label());
            n.put("severity", d.severity().label());
            n.put("title", d.title());
            n.put("explanation", d.explanation());
            n.put("example", d.example());
        }
        return JsonStream.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    }

    /**
     * What each severity claims, then one table row per rule, then the retired IDs; cells escaped as
     * {@link MarkdownText} escapes every Markdown output.
     */
    private static String markdown(List<RuleDescriptor> rules) {
        StringBuilder out = new StringBuilder("| severity | what a finding claims |\n|---|---|\n");
        for (Severity s : Severity.values()) {
            out.append("| ")
                    .append(s.label())
                    .append(" | ")
                    .append(MarkdownText.escape(s.claim()))
                    .append(" |\n");
        }
        out.append("\n| rule | category | severity | what it reports |\n|---|---|---|---|\n");
        for (RuleDescriptor d : rules) {
            out.append("| <a id=\"")
                    .append(RuleDescriptor.anchor(d.id()))
                    .append("\"></a>`")
                    .append(d.id())
                    .append("` | ")
                    .append(d.category().label())
                    .append(" | ")
                    .append(d.severity().label())
                    .append(" | **")
                    .append(MarkdownText.escape(d.title()))
                    .append(".** ")
                    .append(MarkdownText.escape(d.explanation()))
                    .append(" |\n");
        }
        RuleCatalog.retired()
                .forEach((old, now) -> out.append("\nRetired: `")
                        .append(old)
                        .append("`, whose findings `")
                        .append(now)
                        .append("` reports now: options naming it are read as " + "naming `")
                        .append(now)
                        .append("`; baseline entries of it are reported stale until the "
                                + "baseline is written again.\n"));
        return out.toString();
    }
}
