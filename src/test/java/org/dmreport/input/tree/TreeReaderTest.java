package org.dmreport.input.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dmreport.TestFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/** The reader's shortcut to a value's position says what Jackson's location says, from bytes and from characters. */
class TreeReaderTest {

    @Test
    void valuePositionsAreJacksonsTokenLocations() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(TestFiles.realOutputs())) {
            inputs = files.filter(Files::isRegularFile).sorted().toList();
        }
        JsonFactory factory = new JsonFactory();
        int values = 0;
        for (Path input : inputs) {
            byte[] bytes = Files.readAllBytes(input);
            // Past the first line too, and after multi-byte characters: a value on a line of its own.
            byte[] shifted = ("{\"é\": \"ü\",\n  \"v\": " + new String(bytes, StandardCharsets.UTF_8) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            for (byte[] text : List.of(bytes, shifted)) {
                try (JsonParser bytesParser = factory.createParser(ObjectReadContext.empty(), text);
                        JsonParser charsParser = factory.createParser(
                                ObjectReadContext.empty(), new String(text, StandardCharsets.UTF_8).toCharArray())) {
                    values += compare(bytesParser) + compare(charsParser);
                } catch (tools.jackson.core.JacksonException notJson) {
                    // text around the JSON in a capture: the values before it were compared
                }
            }
        }
        assertTrue(values > 2_000, "values compared: " + values);
    }

    private static int compare(JsonParser parser) {
        int values = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.PROPERTY_NAME) {
                continue;
            }
            TokenStreamLocation at = parser.currentTokenLocation();
            long packed = TreeReader.valuePosition(parser);
            assertEquals(at.getLineNr() + ":" + at.getColumnNr(), (packed >>> 32) + ":" + (int) packed, token.name());
            values++;
        }
        return values;
    }
}
