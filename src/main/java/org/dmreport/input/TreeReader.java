package org.dmreport.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dmreport.model.Note;
import org.dmreport.model.NoteKind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Parses one document with Jackson (RFC 8259, no extensions: every repair is the scanner's, in the
 * open) into a {@link JNode} tree whose nodes carry input lines and columns. Duplicate keys are
 * an error in strict mode and a note otherwise (the last value wins, as in DM's own decoder).
 * Thread-safe: the factory is immutable and each call has its own parser.
 */
final class TreeReader {

    /** Jackson's "(start marker at [Source: ...])" tails, which say nothing the line and column do not. */
    private static final java.util.regex.Pattern SOURCE_REFERENCE =
            java.util.regex.Pattern.compile("\\s*\\((?:for (?:Object|Array) starting|start marker) at \\[Source:[^\\]]*\\]\\)|\\s*\\[Source:[^\\]]*\\]");

    /** Jackson's advice to enable one of its features, which users of this tool cannot do. */
    private static final java.util.regex.Pattern FEATURE_HINT =
            java.util.regex.Pattern.compile("\\s*\\([^()]*Feature '[A-Z_]+'[^()]*\\)");

    /** Up to this many keys, duplicates are found by a scan: Jackson canonicalises them, so it is cheap. */
    private static final int LINEAR_KEYS = 32;

    private final JsonFactory factory;
    private final boolean strict;

    TreeReader(ReadLimits limits, boolean strict) {
        this.strict = strict;
        this.factory = JsonFactory.builder()
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // Keys are interned (once per new name): the mapper finds them by identity.
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxStringChars())
                        .maxNumberLength(limits.maxNumberChars())
                        .maxNameLength(limits.maxStringChars())
                        .maxDocumentLength(limits.maxInputBytes())
                        .build())
                .build();
    }

    /** Positions of a buffer's first character in the input, to translate parser locations. */
    interface Placement {
        int line(int parserLine);

        int column(int parserLine, int parserColumn);
    }

    /** A buffer that is the whole input: parser locations are input locations. */
    static final Placement AS_IS = new Placement() {
        @Override
        public int line(int parserLine) {
            return parserLine;
        }

        @Override
        public int column(int parserLine, int parserColumn) {
            return parserColumn;
        }
    };

    /**
     * Reads one value from characters; when {@code whole}, nothing but whitespace may follow. The
     * {@code shape} tracker, when not null, hears every token on the way.
     */
    JNode read(char[] text, Placement placement, boolean whole, List<Note> notes, ShapeKeys.Tracker shape) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text, 0, text.length)) {
            return readRoot(parser, placement, whole, notes, shape);
        }
    }

    /** Reads one value from UTF-8 bytes; the fast path for clean files, always {@code whole}. */
    JNode read(byte[] utf8, Placement placement, List<Note> notes, ShapeKeys.Tracker shape) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), utf8, 0, utf8.length)) {
            return readRoot(parser, placement, true, notes, shape);
        }
    }

    private JNode readRoot(JsonParser parser, Placement placement, boolean whole, List<Note> notes,
                           ShapeKeys.Tracker shape) {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ReadFailure(placement.line(1), placement.column(1, 1), "no JSON value");
            }
            JNode root = new Builder(parser, placement, notes, shape).value(first, null);
            if (whole) {
                JsonToken extra = parser.nextToken();
                if (extra != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    throw new ReadFailure(placement.line(at.getLineNr()), placement.column(at.getLineNr(), at.getColumnNr()),
                            "more than one JSON value: text after the document");
                }
            }
            return root;
        } catch (JacksonException e) {
            throw failure(e, e.getLocation() != null ? e.getLocation() : parser.currentLocation(), placement);
        }
    }

    private static ReadFailure failure(JacksonException e, TokenStreamLocation at, Placement placement) {
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        message = SOURCE_REFERENCE.matcher(message).replaceAll("");
        message = FEATURE_HINT.matcher(message).replaceAll("");
        if (e instanceof StreamConstraintsException) {
            message = "over a reading limit: " + message;
        }
        return new ReadFailure(line > 0 ? placement.line(line) : 0, line > 0 ? placement.column(line, column) : 0,
                message.strip());
    }

    /** Builds the tree for one document; recursion depth is bounded by the nesting limit. */
    private final class Builder {
        private final JsonParser parser;
        private final Placement placement;
        private final List<Note> notes;
        private final ShapeKeys.Tracker shape;

        Builder(JsonParser parser, Placement placement, List<Note> notes, ShapeKeys.Tracker shape) {
            this.parser = parser;
            this.placement = placement;
            this.notes = notes;
            this.shape = shape;
        }

        /** A value under {@code property} (the nearest key above it, through arrays; null at the top). */
        JNode value(JsonToken token, String property) {
            TokenStreamLocation at = parser.currentTokenLocation();
            int line = placement.line(at.getLineNr());
            int column = placement.column(at.getLineNr(), at.getColumnNr());
            return switch (token) {
                case START_OBJECT -> object(line, column);
                case START_ARRAY -> array(line, column, property);
                case VALUE_STRING -> scalar(line, column, JNode.ScalarType.STRING, parser.getString(), property);
                case VALUE_NUMBER_INT -> scalar(line, column, JNode.ScalarType.INTEGER, parser.getText(), property);
                case VALUE_NUMBER_FLOAT -> scalar(line, column, JNode.ScalarType.DECIMAL, parser.getText(), property);
                case VALUE_TRUE -> scalar(line, column, JNode.ScalarType.TRUE, "true", property);
                case VALUE_FALSE -> scalar(line, column, JNode.ScalarType.FALSE, "false", property);
                case VALUE_NULL -> scalar(line, column, JNode.ScalarType.NULL, "null", property);
                default -> throw new ReadFailure(line, column, "unexpected " + token);
            };
        }

        private JNode scalar(int line, int column, JNode.ScalarType type, String text, String property) {
            if (shape != null) {
                shape.scalar(type, text, property);
            }
            return new JNode.JScalar(line, column, type, text);
        }

        private JNode object(int line, int column) {
            if (shape != null) {
                shape.startObject();
            }
            List<String> keys = new ArrayList<>();
            List<JNode> values = new ArrayList<>();
            Set<String> seen = null;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                TokenStreamLocation keyAt = parser.currentTokenLocation();
                if (shape != null) {
                    shape.key(key);
                }
                JNode value = value(parser.nextToken(), key);
                int existing = -1;
                if (keys.size() >= LINEAR_KEYS && seen == null) {
                    seen = new HashSet<>(keys);
                }
                if (seen == null ? keys.contains(key) : !seen.add(key)) {
                    existing = keys.indexOf(key);
                }
                if (existing >= 0) {
                    int keyLine = placement.line(keyAt.getLineNr());
                    int keyColumn = placement.column(keyAt.getLineNr(), keyAt.getColumnNr());
                    if (strict) {
                        throw new ReadFailure(keyLine, keyColumn, "duplicate key \"" + key + "\"");
                    }
                    notes.add(new Note(NoteKind.DUPLICATE_KEY, keyLine, keyColumn,
                            "duplicate key \"" + key + "\": the later value is used"));
                    values.set(existing, value);
                } else {
                    keys.add(key);
                    values.add(value);
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new ReadFailure(line, column, "unterminated object");
            }
            if (shape != null) {
                shape.endObject();
            }
            return new JNode.JObject(line, column, List.copyOf(keys), List.copyOf(values));
        }

        private JNode array(int line, int column, String property) {
            if (shape != null) {
                shape.startArray();
            }
            List<JNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new ReadFailure(line, column, "unterminated array");
                }
                items.add(value(token, property));
            }
            if (shape != null) {
                shape.endArray();
            }
            return new JNode.JArray(line, column, List.copyOf(items));
        }
    }
}
