package org.dmreport.report.findings;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dmreport.findings.Finding;
import org.dmreport.findings.FindingOrder;
import org.dmreport.findings.Severity;
import org.dmreport.report.JsonStream;
import org.dmreport.report.Rendered;
import org.dmreport.rules.RuleDescriptor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0, which code-scanning services read: one run whose driver lists every rule that ran
 * with its help text, and one result per finding with its place, fingerprint and evidence. A run
 * holds at most {@link #MAX_RESULTS} results (what GitHub code scanning accepts), the most severe
 * first; a notification says how many were left out. Artifact URIs are valid URI references:
 * relative paths percent-encoded against the {@code SRCROOT} base (the working directory), absolute
 * paths as {@code file://} URIs. With {@code --docs-url}, the driver's {@code informationUri} is
 * the rule catalogue (rules.md) there and each rule's {@code helpUri} its row in its table.
 */
public final class SarifRenderer implements FindingsRenderer {

    @Override
    public void prepare() {
        JsonStream.Ahead.build();
    }

    /** GitHub code scanning's limit of results per run. */
    static final int MAX_RESULTS = 25_000;

    /** The most severe first (errors are the first severity), then the one order. */
    private static final Comparator<Finding> KEPT_FIRST =
            Comparator.comparing(Finding::severity).thenComparing(FindingOrder.ORDER);

    @Override
    public Rendered render(FindingsView view, Writer out) throws IOException {
        ObjectNode run = JsonStream.MAPPER.createObjectNode();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "dmreport");
        driver.put("version", view.version());
        driver.put("semanticVersion", view.version());
        if (!view.docsUrl().isEmpty()) {
            driver.put("informationUri", view.docsUrl());
        }
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleDescriptor d : view.rules()) {
            index.put(d.id(), index.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", d.id());
            rule.put("name", readableName(d.id()));
            rule.putObject("shortDescription").put("text", d.title());
            rule.putObject("fullDescription").put("text", d.explanation());
            if (!view.docsUrl().isEmpty()) {
                rule.put("helpUri", view.docsUrl() + "#" + RuleDescriptor.anchor(d.id()));
            }
            ObjectNode help = rule.putObject("help");
            help.put("text", d.explanation() + "\n\nExample:\n" + d.example());
            help.put("markdown", d.explanation() + "\n\nExample:\n\n```\n" + d.example() + "\n```");
            rule.putObject("defaultConfiguration").put("level", level(d.severity()));
            rule.putObject("properties").put("category", d.category().label());
        }
        run.putObject("originalUriBaseIds")
                .putObject(BASE)
                .putObject("description")
                .put("text", "The working directory dmreport ran in: relative input paths are relative to it.");
        List<Finding> findings = view.findings();
        if (findings.size() > MAX_RESULTS) {
            findings = findings.stream().sorted(KEPT_FIRST).limit(MAX_RESULTS).toList();
            int left = view.findings().size() - MAX_RESULTS;
            run.putArray("invocations")
                    .addObject()
                    .put("executionSuccessful", true)
                    .putArray("toolExecutionNotifications")
                    .addObject()
                    .put("level", "warning")
                    .putObject("message")
                    .put(
                            "text",
                            String.format(
                                    Locale.ROOT,
                                    "%,d of %,d results were left out: "
                                            + "a SARIF run holds at most %,d, the most severe first. dmreport check -f json lists "
                                            + "them all.",
                                    left,
                                    view.findings().size(),
                                    MAX_RESULTS));
        }
        List<Finding> kept = findings;
        JsonStream.write(out, json -> {
            json.writeStartObject();
            json.writeStringProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringProperty("version", "2.1.0");
            json.writeName("runs");
            json.writeStartArray();
            json.writeStartObject();
            for (Map.Entry<String, JsonNode> property : run.properties()) {
                json.writeName(property.getKey());
                json.writeTree(property.getValue());
            }
            // With a baseline, every result says where it stands against it (SARIF 3.27.24): new or
            // unchanged, and each entry that matched nothing is an absent result.
            boolean baselined =
                    !view.staleBaseline().isEmpty() || view.findings().stream().anyMatch(Finding::baselined);
            json.writeName("results");
            json.writeStartArray();
            for (Finding f : kept) {
                json.writeTree(result(f, index, baselined));
            }
            // Absent results fill what the run's limit leaves after the findings.
            for (String stale : view.staleBaseline()
                    .subList(0, Math.min(view.staleBaseline().size(), Math.max(0, MAX_RESULTS - kept.size())))) {
                json.writeTree(absent(stale, index));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        });
        return Rendered.WHOLE;
    }

    /** A baseline entry that matched no finding ({@code FINGERPRINT RULE}): an absent result. */
    private static ObjectNode absent(String stale, Map<String, Integer> index) {
        String[] parts = stale.split(" ", 2);
        ObjectNode result = JsonStream.MAPPER.createObjectNode();
        if (parts.length > 1) {
            result.put("ruleId", parts[1]);
            if (index.containsKey(parts[1])) {
                result.put("ruleIndex", index.get(parts[1]));
            }
        }
        result.put("level", "none");
        result.putObject("message").put("text", "baseline entry " + stale + " matched no finding");
        result.putObject("partialFingerprints").put("dmreport/v1", parts[0]);
        result.put("baselineState", "absent");
        return result;
    }

    /** One finding as a SARIF result; {@code baselined} when the run compared with a baseline. */
    private static ObjectNode result(Finding f, Map<String, Integer> index, boolean baselined) {
        ObjectNode result = JsonStream.MAPPER.createObjectNode();
        result.put("ruleId", f.ruleId());
        if (index.containsKey(f.ruleId())) {
            result.put("ruleIndex", index.get(f.ruleId()));
        }
        result.put("level", level(f.severity()));
        result.putObject("message").put("text", f.message());
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        artifact(physical.putObject("artifactLocation"), f.input());
        if (f.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.line());
            if (f.column() > 0) {
                region.put("startColumn", f.column());
            }
        }
        if (!f.pointer().isEmpty()) {
            location.putArray("logicalLocations")
                    .addObject()
                    .put("fullyQualifiedName", f.pointer())
                    .put("kind", "element");
        }
        result.putObject("partialFingerprints").put("dmreport/v1", f.fingerprint());
        if (f.baselined()) {
            result.put("baselineState", "unchanged");
            result.putArray("suppressions").addObject().put("kind", "external");
        } else if (baselined) {
            result.put("baselineState", "new");
        }
        ObjectNode properties = result.putObject("properties");
        properties.put("cluster", f.cluster());
        properties.put("task", f.task());
        properties.put("source", f.source());
        properties.put("document", f.document());
        if (f.capturedAt() != null) {
            properties.put("capturedAt", f.capturedAt().toString());
        }
        ObjectNode evidence = properties.putObject("evidence");
        f.evidence().forEach(evidence::put);
        if (f.occurrences() > 1) {
            properties.put("occurrences", f.occurrences());
            properties.put("lastCapturedAt", f.last().capturedAt().toString());
            ObjectNode related = result.putArray("relatedLocations").addObject();
            related.put("id", 1);
            ObjectNode lastPlace = related.putObject("physicalLocation");
            artifact(lastPlace.putObject("artifactLocation"), f.last().input());
            if (f.last().line() > 0) {
                lastPlace.putObject("region").put("startLine", f.last().line());
            }
            related.putObject("message")
                    .put(
                            "text",
                            String.format(
                                    Locale.ROOT,
                                    "the last of %,d captures in a row with this finding, at %s",
                                    f.occurrences(),
                                    f.last().capturedAt()));
        }
        return result;
    }

    private static final String BASE = "SRCROOT";

    /** A rule's readable name, as SARIF asks it: its ID in Pascal case ({@code duplicate-key} is {@code DuplicateKey}). */
    static String readableName(String id) {
        StringBuilder name = new StringBuilder(id.length());
        for (String word : id.split("-")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return name.toString();
    }

    /**
     * An input path as a URI reference: an absolute path as a {@code file://} URI, a relative one
     * percent-encoded against {@link #BASE} ({@code ./} first when its first segment holds a colon,
     * which would read as a scheme). Standard input ({@code -}) is a relative reference too.
     */
    static void artifact(ObjectNode location, String path) {
        if (path.startsWith("/")) {
            location.put("uri", Path.of(path).toUri().toASCIIString());
            return;
        }
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        String relative = first.contains(":") ? "./" + path : path;
        try {
            location.put("uri", new URI(null, null, relative, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a path that no URI can hold: " + path, e);
        }
        location.put("uriBaseId", BASE);
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
