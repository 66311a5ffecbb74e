package org.dmreport.report;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pretty-printed JSON document written piece by piece to a writer the caller owns: objects built
 * as small trees (a finding, a result) go out one at a time, so a long array never sits in memory
 * whole. The bytes are those of pretty-printing the whole tree at once.
 */
public final class JsonStream {

    /** The mapper of every JSON output: the writer stays open, and unsafe characters are escaped ({@link JsonEscapes}). */
    public static final JsonMapper MAPPER = JsonMapper.builder(
                    JsonFactory.builder().characterEscapes(JsonEscapes.INSTANCE).build())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonStream() {}

    /**
     * Builds {@link #MAPPER} on a thread of its own, once. Building it takes some 30 ms (Jackson's
     * configuration, its date formats); a command that asks before reading its inputs has it built
     * on the core that finding them leaves idle. A nested class, so that asking builds nothing here.
     */
    public static final class Ahead {
        private static final AtomicBoolean STARTED = new AtomicBoolean();

        private Ahead() {}

        /** Starts building the mapper, unless that was started already. */
        public static void build() {
            if (STARTED.compareAndSet(false, true)) {
                Thread builder = new Thread(() -> MAPPER.hashCode(), "dmreport-json-mapper");
                builder.setDaemon(true);
                builder.start();
            }
        }
    }

    /**
     * Writes one document with {@code body}, then a newline, turning Jackson's wrapped I/O errors
     * back into the writer's own; the writer stays open.
     */
    public static void write(Writer out, Body body) throws IOException {
        try (JsonGenerator json = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
            body.write(json);
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
    }

    /**
     * Writes the property {@code name} (or, when null, a value where one is expected: the whole
     * document) as an array of {@code items}, each made into a tree and written before the next is
     * made: the array is never held whole.
     */
    public static <T> void writeArray(JsonGenerator json, String name, Iterable<T> items, Function<T, JsonNode> tree) {
        if (name != null) {
            json.writeName(name);
        }
        json.writeStartArray();
        for (T item : items) {
            json.writeTree(tree.apply(item));
        }
        json.writeEndArray();
    }

    /** What writes the document. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }
}
