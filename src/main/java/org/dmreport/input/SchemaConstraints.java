package org.dmreport.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a schema constrains in string values, by property name: the {@code pattern}s and
 * {@code enum}s found under that name anywhere in the schema (through {@code $ref}, {@code anyOf}
 * and {@code items}). {@link ShapeKeys} uses it to tell which string values can change a document's
 * validity.
 */
record SchemaConstraints(Map<String, List<Pattern>> patterns, Map<String, Set<String>> enums) {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static SchemaConstraints of(String schemaText) {
        JsonNode root = MAPPER.readTree(schemaText);
        Map<String, List<Pattern>> patterns = new HashMap<>();
        Map<String, Set<String>> enums = new HashMap<>();
        walk(root, root, null, patterns, enums, identitySet());
        return new SchemaConstraints(patterns, enums);
    }

    /** Schema nodes by identity: equal-looking nodes (two identical $refs) are different places. */
    private static Set<JsonNode> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    private static void walk(JsonNode root, JsonNode node, String property, Map<String, List<Pattern>> patterns,
                             Map<String, Set<String>> enums, Set<JsonNode> seen) {
        if (node == null || !node.isObject() || !seen.add(node)) {
            return;
        }
        if (property != null) {
            JsonNode pattern = node.get("pattern");
            if (pattern != null) {
                patterns.computeIfAbsent(property, k -> new ArrayList<>()).add(Pattern.compile(pattern.asString()));
            }
            JsonNode values = node.get("enum");
            if (values != null) {
                values.forEach(v -> enums.computeIfAbsent(property, k -> new HashSet<>()).add(v.asString()));
            }
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.asString().startsWith("#/")) {
            Set<JsonNode> branch = identitySet();
            branch.addAll(seen);
            walk(root, root.at(ref.asString().substring(1)), property, patterns, enums, branch);
        }
        JsonNode properties = node.get("properties");
        if (properties != null) {
            properties.propertyNames().forEach(name -> walk(root, properties.get(name), name, patterns, enums, seen));
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            JsonNode branches = node.get(combinator);
            if (branches != null) {
                branches.forEach(b -> walk(root, b, property, patterns, enums, seen));
            }
        }
        walk(root, node.get("items"), property, patterns, enums, seen);
        JsonNode defs = node.get("$defs");
        if (defs != null && property == null) {
            defs.propertyNames().forEach(name -> walk(root, defs.get(name), null, patterns, enums, seen));
        }
    }
}
