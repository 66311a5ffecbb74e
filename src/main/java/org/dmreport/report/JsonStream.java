package org.dmreport.report;

import java.io.IOException;
import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pretty-printed JSON document written piece by piece to a writer the caller owns: objects built
 * as small trees (a finding, a result) go out one at a time, so a long array never sits in memory
 * whole. The bytes are those of pretty-printing the whole tree at once.
 */
public final class JsonStream implements AutoCloseable {

    public static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final JsonGenerator generator;
    private final Writer out;

    private JsonStream(Writer out) {
        this.out = out;
        this.generator = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
    }

    private JsonGenerator generator() {
        return generator;
    }

    /** Ends the document with a newline; the writer stays open. */
    @Override
    public void close() throws IOException {
        try {
            generator.close();
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
        out.write('\n');
    }

    /** Runs {@code body}, turning Jackson's wrapped I/O errors back into the writer's own. */
    public static void write(Writer out, Body body) throws IOException {
        try (JsonStream json = new JsonStream(out)) {
            body.write(json.generator());
        } catch (JacksonIOException e) {
            throw e.getCause();
        }
    }

    /** What writes the document. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }
}
