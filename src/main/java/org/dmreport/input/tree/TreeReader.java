package org.dmreport.input.tree;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmreport.input.core.ReadFailure;
import org.dmreport.input.core.ReadLimits;
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
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Parses one document with Jackson (RFC 8259, no extensions: every repair is the scanner's, in the
 * open) into a {@link JNode} tree whose nodes carry input lines and columns. Duplicate keys are
 * an error in strict mode and a note otherwise (the last value wins, as in DM's own decoder).
 * Thread-safe: the factory is immutable and each call has its own parser.
 */
public final class TreeReader {

    /** Jackson's "(start marker at [Source: ...])" tails, which say nothing the line and column do not. */
    private static final Pattern SOURCE_REFERENCE = Pattern.compile(
            "\\s*\\((?:for (?:Object|Array) starting|start marker) at \\[Source:[^\\]]*\\]\\)|\\s*\\[Source:[^\\]]*\\]");

    /**
     * Jackson's "Number value length (1126) exceeds the maximum allowed (1000, from ...)": the
     * length is how much it had read when it checked, not the value's.
     */
    private static final Pattern LENGTH_SEEN = Pattern.compile(
            "^(Number value|String value|Name) length \\(\\d+\\) exceeds the maximum allowed \\((\\d+)[^)]*\\)");

    /** Jackson's advice to enable one of its features, which users of this tool cannot do. */
    private static final Pattern FEATURE_HINT = Pattern.compile("\\s*\\([^()]*Feature '[A-Z_]+'[^()]*\\)");

    /** Up to this many keys in an object, duplicates are found by a hash filter, then a scan. */
    private static final int LINEAR_KEYS = 32;

    private static final ThreadLocal<Members> MEMBERS = ThreadLocal.withInitial(Members::new);

    private final JsonFactory factory;
    private final boolean strict;

    public TreeReader(ReadLimits limits, boolean strict) {
        this.strict = strict;
        this.factory = JsonFactory.builder()
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // Keys are interned (once per new name): the mapper finds them by identity.
                .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
                // Documents are read on a fixed set of threads: each keeps its buffers, with no shared queue.
                .recyclerPool(JsonRecyclerPools.threadLocalPool())
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
    public interface Placement {
        int line(int parserLine);

        int column(int parserLine, int parserColumn);
    }

    /** A buffer that is the whole input: parser locations are input locations. */
    public static final Placement AS_IS = new Placement() {
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
     * {@code shape}, when not null, hears every token on the way.
     */
    public JNode read(char[] text, Placement placement, boolean whole, List<Note> notes, TokenListener shape) {
        return read(text, 0, text.length, placement, whole, notes, shape);
    }

    /** As above, from {@code length} characters of {@code text} from {@code offset}. */
    public JNode read(
            char[] text,
            int offset,
            int length,
            Placement placement,
            boolean whole,
            List<Note> notes,
            TokenListener shape) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text, offset, length)) {
            return readRoot(parser, placement, whole, notes, shape, true);
        }
    }

    /**
     * Reads one value from the first {@code length} UTF-8 bytes; the fast path for clean files, always
     * {@code whole}. Its strings are looked at for lone surrogates only when {@code mayHoldSurrogate}
     * (the bytes hold a {@code \\uD…} escape or a 0xED byte: nothing else can make one).
     */
    public JNode read(
            byte[] utf8,
            int length,
            Placement placement,
            List<Note> notes,
            TokenListener shape,
            boolean mayHoldSurrogate) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), utf8, 0, length)) {
            return readRoot(parser, placement, true, notes, shape, mayHoldSurrogate);
        }
    }

    private JNode readRoot(
            JsonParser parser,
            Placement placement,
            boolean whole,
            List<Note> notes,
            TokenListener shape,
            boolean mayHoldSurrogate) {
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ReadFailure(placement.line(1), placement.column(1, 1), "no JSON value");
            }
            JNode root;
            Members members = MEMBERS.get();
            try {
                root = new Builder(parser, placement, notes, shape, members, mayHoldSurrogate).value(first, null);
            } finally {
                members.clear();
            }
            if (whole) {
                JsonToken extra = parser.nextToken();
                if (extra != null) {
                    TokenStreamLocation at = parser.currentTokenLocation();
                    throw new ReadFailure(
                            placement.line(at.getLineNr()),
                            placement.column(at.getLineNr(), at.getColumnNr()),
                            "more than one JSON value: text after the document");
                }
            }
            return root;
        } catch (JacksonException e) {
            // A limit is checked as the parser's buffers fill, so where and at what length it trips
            // depends on their sizes, which differ from thread to thread: such a problem is placed at
            // the start of the value over the limit, and says the limit rather than the length seen.
            TokenStreamLocation at = e instanceof StreamConstraintsException
                    ? parser.currentTokenLocation()
                    : e.getLocation() != null ? e.getLocation() : parser.currentLocation();
            throw failure(e, at, placement);
        }
    }

    /**
     * Where the current value token (not a property name) starts, as line and column packed in a
     * long: what {@code currentTokenLocation()} says, read from the parser's own counters without the
     * location object it builds for every call. Under JMH's fully optimising compiler that object
     * never escapes; under the launcher's (which compiles only the hottest methods, and inlines
     * less) it was 175 MB of a check's 940 MB allocated on the realistic corpus (JFR). Jackson's
     * token column counts from one more than its location's; {@code TreeReaderTest} pins the two
     * together on every value of the real outputs.
     */
    static long valuePosition(JsonParser parser) {
        if (parser instanceof ParserBase counters) {
            return ((long) counters.getTokenLineNr() << 32) | ((counters.getTokenColumnNr() - 1) & 0xffffffffL);
        }
        return position(parser);
    }

    /** Where the current token starts, as line and column packed in a long, from Jackson's public location. */
    private static long position(JsonParser parser) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return ((long) at.getLineNr() << 32) | (at.getColumnNr() & 0xffffffffL);
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
            Matcher seen = LENGTH_SEEN.matcher(message);
            if (seen.find()) {
                String what = switch (seen.group(1)) {
                    case "Number value" -> "a number";
                    case "String value" -> "a string";
                    default -> "a key";
                };
                message = what + " longer than the " + seen.group(2) + " characters allowed";
            }
            message = "over a reading limit: " + message;
        }
        return new ReadFailure(
                line > 0 ? placement.line(line) : 0,
                line > 0 ? placement.column(line, column) : 0,
                message.strip(),
                e instanceof StreamConstraintsException);
    }

    /** Builds the tree for one document; recursion depth is bounded by the nesting limit. */
    private final class Builder {
        private final JsonParser parser;
        private final Placement placement;
        private final List<Note> notes;
        private final TokenListener shape;
        private final Members members;
        private final boolean mayHoldSurrogate;

        Builder(
                JsonParser parser,
                Placement placement,
                List<Note> notes,
                TokenListener shape,
                Members members,
                boolean mayHoldSurrogate) {
            this.parser = parser;
            this.placement = placement;
            this.notes = notes;
            this.shape = shape;
            this.members = members;
            this.mayHoldSurrogate = mayHoldSurrogate;
        }

        /** A value under {@code property} (the nearest key above it, through arrays; null at the top). */
        JNode value(JsonToken token, String property) {
            long at = valuePosition(parser);
            int parserLine = (int) (at >>> 32);
            int line = placement.line(parserLine);
            int column = placement.column(parserLine, (int) at);
            return switch (token) {
                case START_OBJECT -> object(line, column);
                case START_ARRAY -> array(line, column, property);
                case VALUE_STRING ->
                    scalar(
                            line,
                            column,
                            JNode.ScalarType.STRING,
                            wellFormed(parser.getString(), line, column),
                            property);
                case VALUE_NUMBER_INT -> scalar(line, column, JNode.ScalarType.INTEGER, parser.getText(), property);
                case VALUE_NUMBER_FLOAT -> scalar(line, column, JNode.ScalarType.DECIMAL, parser.getText(), property);
                case VALUE_TRUE -> scalar(line, column, JNode.ScalarType.TRUE, "true", property);
                case VALUE_FALSE -> scalar(line, column, JNode.ScalarType.FALSE, "false", property);
                case VALUE_NULL -> scalar(line, column, JNode.ScalarType.NULL, "null", property);
                default -> throw new ReadFailure(line, column, "unexpected " + token);
            };
        }

        /**
         * {@code text}, with each lone surrogate (a {@code \\ud800} escape without its pair, which no
         * output can encode and Go's encoder never writes) read as U+FFFD and noted.
         */
        private String wellFormed(String text, int line, int column) {
            if (!mayHoldSurrogate) {
                return text;
            }
            String fixed = Unicode.wellFormed(text);
            if (fixed != text) {
                notes.add(new Note(
                        NoteKind.INVALID_UNICODE,
                        line,
                        column,
                        "\"" + Unicode.escaped(text)
                                + "\" holds a lone surrogate, which is not Unicode: read as U+FFFD"));
            }
            return fixed;
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
            Members members = this.members;
            int base = members.size;
            // Keys seen so far: a 128-bit filter by hash answers "new" for almost every key without a
            // scan; a set takes over in objects too big for the filter. Measured against a scan for
            // every key (TreeReadingBenchmark, the samples' 1,498 objects): 46.4 ± 26.3 against
            // 72.6 ± 4.1 µs.
            long seenLow = 0;
            long seenHigh = 0;
            Set<String> seen = null;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                String key = wellFormed(parser.currentName(), line, column);
                if (shape != null) {
                    shape.key(key);
                }
                int existing = -1;
                if (members.size - base >= LINEAR_KEYS) {
                    if (seen == null) {
                        seen = new HashSet<>(Arrays.asList(members.keys).subList(base, members.size));
                    }
                    existing = seen.add(key) ? -1 : members.indexOf(key, base);
                } else {
                    int hash = key.hashCode();
                    int slot = hash ^ (hash >>> 16);
                    long bit = 1L << slot;
                    boolean high = (slot & 64) != 0;
                    if (((high ? seenHigh : seenLow) & bit) != 0) {
                        existing = members.indexOf(key, base);
                    } else if (high) {
                        seenHigh |= bit;
                    } else {
                        seenLow |= bit;
                    }
                }
                if (existing >= 0) {
                    duplicate(key);
                }
                JNode value = value(parser.nextToken(), key);
                if (existing >= 0) {
                    members.values[existing] = value;
                } else {
                    members.push(key, value);
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new ReadFailure(line, column, "unterminated object");
            }
            if (shape != null) {
                shape.endObject();
            }
            return members.popObject(line, column, base);
        }

        /** A key already in its object: an error when strict, else a note (the later value is used). */
        private void duplicate(String key) {
            long at = position(parser);
            int line = placement.line((int) (at >>> 32));
            int column = placement.column((int) (at >>> 32), (int) at);
            if (strict) {
                throw new ReadFailure(line, column, "duplicate key \"" + key + "\"");
            }
            notes.add(new Note(
                    NoteKind.DUPLICATE_KEY, line, column, "duplicate key \"" + key + "\": the later value is used"));
        }

        private JNode array(int line, int column, String property) {
            if (shape != null) {
                shape.startArray();
            }
            Members members = this.members;
            int base = members.size;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new ReadFailure(line, column, "unterminated array");
                }
                members.push(null, value(token, property));
            }
            if (shape != null) {
                shape.endArray();
            }
            return members.popArray(line, column, base);
        }
    }
}
