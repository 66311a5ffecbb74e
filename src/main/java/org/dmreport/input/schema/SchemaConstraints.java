package org.dmreport.input.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dmreport.input.tree.JNode;

/**
 * What a schema constrains in string values, by property name: the {@code pattern}s and
 * {@code enum}s found under that name anywhere in the schema (through {@code $ref}, {@code anyOf}
 * and {@code items}). {@link ShapeKeys} uses it to tell which string values can change a document's
 * validity.
 */
record SchemaConstraints(Map<String, List<Pattern>> patterns, Map<String, Set<String>> enums) {

    /** The constraints of a schema read into a tree. */
    static SchemaConstraints of(JNode root) {
        Map<String, List<Pattern>> patterns = new HashMap<>();
        Map<String, Set<String>> enums = new HashMap<>();
        walk(root, root, null, patterns, enums, identitySet());
        return new SchemaConstraints(patterns, enums);
    }

    /** Schema nodes by identity: equal-looking nodes (two identical $refs) are different places. */
    private static Set<JNode> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static void walk(
            JNode root,
            JNode node,
            String property,
            Map<String, List<Pattern>> patterns,
            Map<String, Set<String>> enums,
            Set<JNode> seen) {
        if (!(node instanceof JNode.JObject object) || !seen.add(node)) {
            return;
        }
        if (property != null) {
            String pattern = text(object.get("pattern"));
            if (pattern != null) {
                patterns.computeIfAbsent(property, k -> new ArrayList<>()).add(Pattern.compile(pattern));
            }
            if (object.get("enum") instanceof JNode.JArray values) {
                values.items()
                        .forEach(v -> enums.computeIfAbsent(property, k -> new HashSet<>())
                                .add(text(v)));
            }
        }
        String ref = text(object.get("$ref"));
        if (ref != null && ref.startsWith("#/")) {
            Set<JNode> branch = identitySet();
            branch.addAll(seen);
            walk(root, at(root, ref.substring(2)), property, patterns, enums, branch);
        }
        if (object.get("properties") instanceof JNode.JObject properties) {
            for (int k = 0; k < properties.keys().size(); k++) {
                walk(root, properties.values().get(k), properties.keys().get(k), patterns, enums, seen);
            }
        }
        for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
            if (object.get(combinator) instanceof JNode.JArray branches) {
                branches.items().forEach(b -> walk(root, b, property, patterns, enums, seen));
            }
        }
        walk(root, object.get("items"), property, patterns, enums, seen);
        if (property == null && object.get("$defs") instanceof JNode.JObject defs) {
            defs.values().forEach(d -> walk(root, d, null, patterns, enums, seen));
        }
    }

    /** A scalar's text as a string value (what JSON Schema compares enum members by); null for containers. */
    private static String text(JNode node) {
        return node instanceof JNode.JScalar s ? s.text() : null;
    }

    /** The node at a JSON pointer (without its leading {@code /}) below {@code root}, or null. */
    private static JNode at(JNode root, String pointer) {
        JNode node = root;
        for (String token : pointer.split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (node instanceof JNode.JObject o) {
                node = o.get(key);
            } else if (node instanceof JNode.JArray a
                    && key.matches("[0-9]+")
                    && Integer.parseInt(key) < a.items().size()) {
                node = a.items().get(Integer.parseInt(key));
            } else {
                return null;
            }
        }
        return node;
    }
}
