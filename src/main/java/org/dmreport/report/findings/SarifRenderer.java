package org.dmreport.report.findings;

import java.util.HashMap;
import java.util.Map;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Severity;
import org.dmreport.rules.RuleDescriptor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0, which code-scanning services read: one run whose driver lists every rule that ran
 * with its help text, and one result per finding with its place, fingerprint and evidence.
 */
public final class SarifRenderer implements FindingsRenderer {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String render(FindingsView view) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "dmreport");
        driver.put("version", view.version());
        driver.put("semanticVersion", view.version());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleDescriptor d : view.rules()) {
            index.put(d.id(), index.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", d.id());
            rule.put("name", d.id());
            rule.putObject("shortDescription").put("text", d.title());
            rule.putObject("fullDescription").put("text", d.explanation());
            ObjectNode help = rule.putObject("help");
            help.put("text", d.explanation() + "\n\nExample:\n" + d.example());
            help.put("markdown", d.explanation() + "\n\nExample:\n\n```\n" + d.example() + "\n```");
            rule.putObject("defaultConfiguration").put("level", level(d.severity()));
            rule.putObject("properties").put("category", d.category().label());
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : view.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", f.ruleId());
            if (index.containsKey(f.ruleId())) {
                result.put("ruleIndex", index.get(f.ruleId()));
            }
            result.put("level", level(f.severity()));
            result.putObject("message").put("text", f.message());
            ObjectNode location = result.putArray("locations").addObject();
            ObjectNode physical = location.putObject("physicalLocation");
            physical.putObject("artifactLocation").put("uri", f.input());
            if (f.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", f.line());
                if (f.column() > 0) {
                    region.put("startColumn", f.column());
                }
            }
            if (!f.pointer().isEmpty()) {
                location.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.pointer())
                        .put("kind", "element");
            }
            result.putObject("partialFingerprints").put("dmreport/v1", f.fingerprint());
            if (f.baselined()) {
                result.put("baselineState", "unchanged");
                result.putArray("suppressions").addObject().put("kind", "external");
            }
            ObjectNode properties = result.putObject("properties");
            properties.put("task", f.task());
            properties.put("source", f.source());
            properties.put("document", f.document());
            if (f.capturedAt() != null) {
                properties.put("capturedAt", f.capturedAt().toString());
            }
            ObjectNode evidence = properties.putObject("evidence");
            f.evidence().forEach(evidence::put);
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
