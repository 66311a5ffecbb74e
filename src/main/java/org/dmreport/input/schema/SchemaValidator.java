package org.dmreport.input.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.tree.JNode;
import org.dmreport.input.tree.TreeReader;
import org.dmreport.model.Origin;
import org.dmreport.model.SchemaViolation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates documents against the published JSON Schemas (draft 2020-12) with networknt's
 * validator. {@code additionalProperties} failures are left out: unknown keys are reported from the
 * mapper, which also knows keys that differ only in case. A document whose shape (see
 * {@link ShapeKeys}) already passed, in this run or in one that kept its {@link KnownShapes}, is not
 * validated again: a series of captures has few shapes. Thread-safe.
 */
public final class SchemaValidator {

    /** Made when a document of a shape not known valid first needs it: a run may need none. */
    private SchemaRegistry registry;
    /** Each schema is compiled when a document of its kind first needs it: a run may see one kind only. */
    private final Map<DocumentSchema, Schema> schemas = new ConcurrentHashMap<>();
    /**
     * The schemas read by the reader of documents, not by Jackson's object mapper: building a mapper
     * costs more than the rest of a one-file check, and nothing else needs one.
     */
    private final Map<DocumentSchema, JNode> trees = new ConcurrentHashMap<>();

    private final ShapeKeys shapes;
    /** Shapes of documents that passed validation: documents of the same shape are not validated again. */
    private final KnownShapes validShapes;

    /** A validator that knows no shape to be valid yet. */
    public SchemaValidator() {
        this(KnownShapes.none());
    }

    /** A validator that takes documents of the shapes in {@code known} as valid, and adds to it. */
    public SchemaValidator(KnownShapes known) {
        this.validShapes = known;
        // The API's schemas share one set of definitions, which the constraints walk whole from any
        // of them: each set is read once, and the other schemas' trees when a document needs them.
        Map<String, SchemaConstraints> constraints = new LinkedHashMap<>();
        for (DocumentSchema schema : DocumentSchema.values()) {
            constraints.computeIfAbsent(schema.definitions(), d -> SchemaConstraints.of(tree(schema)));
        }
        this.shapes = new ShapeKeys(List.copyOf(constraints.values()));
    }

    private JNode tree(DocumentSchema schema) {
        return trees.computeIfAbsent(
                schema,
                s -> new TreeReader(ReadLimits.DEFAULT, true)
                        .read(s.text().toCharArray(), TreeReader.AS_IS, true, new ArrayList<>(), null));
    }

    /** The text of a shipped schema. */
    public static String text(String resource) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tracker to give the reader of one document, so that its shape is known when it is read. */
    public ShapeKeys.Tracker tracker() {
        return shapes.tracker();
    }

    /**
     * Violations of {@code root} against {@code kind}, the schema of its response. In a
     * partial document (elided text) a missing required key is no violation: it may have been elided.
     * {@code tracker} heard the whole document as it was read.
     */
    public List<SchemaViolation> validate(JNode root, ShapeKeys.Tracker tracker, DocumentSchema kind, boolean partial) {
        ShapeKeys.Key shape = tracker.key(kind, partial);
        if (validShapes.contains(shape)) {
            return List.of();
        }
        Schema schema = schemas.computeIfAbsent(kind, k -> registry().getSchema(toJson(tree(k))));
        List<SchemaViolation> violations = new ArrayList<>();
        for (Error error : schema.validate(toJson(root))) {
            if ("additionalProperties".equals(error.getKeyword()) || partial && "required".equals(error.getKeyword())) {
                continue;
            }
            NodePath path = error.getInstanceLocation();
            JNode at = locate(root, path);
            String pointer = pointer(path);
            violations.add(new SchemaViolation(
                    new Origin(pointer, at.line(), at.column()),
                    error.getKeyword(),
                    message(pointer, error.getMessage())));
        }
        violations.sort(Comparator.comparing((SchemaViolation v) -> v.origin().pointer())
                .thenComparing(SchemaViolation::keyword)
                .thenComparing(SchemaViolation::message));
        if (violations.isEmpty()) {
            validShapes.add(shape);
        }
        return violations;
    }

    private synchronized SchemaRegistry registry() {
        if (registry == null) {
            registry = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .locale(Locale.ROOT)
                            .build()));
        }
        return registry;
    }

    /** networknt prefixes messages with the instance location; the finding names it on its own. */
    private static String message(String pointer, String message) {
        String prefix = pointer.isEmpty() ? "" : pointer + ": ";
        String text = !prefix.isEmpty() && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        return text.startsWith(": ") ? text.substring(2) : text;
    }

    private static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < path.getNameCount(); k++) {
            sb.append('/').append(Origin.escape(String.valueOf(path.getElement(k))));
        }
        return sb.toString();
    }

    private static JNode locate(JNode root, NodePath path) {
        JNode node = root;
        for (int k = 0; k < path.getNameCount(); k++) {
            Object element = path.getElement(k);
            JNode next = null;
            if (node instanceof JNode.JObject o) {
                next = o.get(String.valueOf(element));
            } else if (node instanceof JNode.JArray a
                    && element instanceof Integer index
                    && index < a.items().size()) {
                next = a.items().get(index);
            }
            if (next == null) {
                return node;
            }
            node = next;
        }
        return node;
    }

    /**
     * A JSON number with a fraction or exponent. One whose exponent a BigDecimal cannot hold
     * ({@code 1e2147483648}) is still a number to the schema.
     */
    private static JsonNode decimal(JsonNodeFactory f, String text) {
        try {
            return f.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            // A finite stand-in of the same sign: the schema checks this value's type, never its size.
            return f.numberNode(text.startsWith("-") ? -Double.MAX_VALUE : Double.MAX_VALUE);
        }
    }

    private static JsonNode toJson(JNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof JNode.JObject o) {
            ObjectNode object = f.objectNode();
            for (int k = 0; k < o.keys().size(); k++) {
                object.set(o.keys().get(k), toJson(o.values().get(k)));
            }
            return object;
        }
        if (node instanceof JNode.JArray a) {
            ArrayNode array = f.arrayNode(a.items().size());
            a.items().forEach(item -> array.add(toJson(item)));
            return array;
        }
        JNode.JScalar s = (JNode.JScalar) node;
        return switch (s.type()) {
            case STRING -> f.stringNode(s.text());
            case INTEGER -> f.numberNode(new BigInteger(s.text()));
            case DECIMAL -> decimal(f, s.text());
            case TRUE -> f.booleanNode(true);
            case FALSE -> f.booleanNode(false);
            case NULL -> f.nullNode();
        };
    }
}
