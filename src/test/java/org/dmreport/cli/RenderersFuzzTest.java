package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dmreport.fuzz.FuzzedInputs;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzz target for every renderer: a real document whose strings and numbers the fuzzer replaces
 * (lone surrogates, control and bidi characters, markup, huge numbers) is checked and reported in
 * every format. Each output is valid UTF-8, and JSON, SARIF and JUnit outputs parse.
 */
class RenderersFuzzTest {

    /** Writes every non-ASCII character as an escape, so that lone surrogates reach the reader. */
    private static final JsonMapper ESCAPING =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @FuzzTest(maxDuration = "")
    void render(FuzzedDataProvider data) throws Exception {
        JsonNode document;
        try {
            document = JSON.readTree(new String(FuzzedInputs.base(data.consumeInt(0, 64)), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return; // a base the strict parser refuses (a fragment or an edited paste) holds nothing to replace
        }
        replaceValues(document, data);
        Path root = Files.createTempDirectory("dmreport-fuzz");
        try {
            Path dir = Files.createDirectories(root.resolve("2026-11-26T00-00-00Z"));
            Files.writeString(dir.resolve("query-status.json"), ESCAPING.writeValueAsString(document));
            for (String format : List.of("text", "json", "sarif", "junit", "github")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Main.run(
                        new String[] {"check", "-f", format, "--lenient", root.toString()},
                        new ByteArrayInputStream(new byte[0]),
                        out,
                        err);
                assertTrue(Set.of(0, 1, 3).contains(code), () -> format + ": exit " + code + " " + err);
                String text = validUtf8(out.toByteArray());
                switch (format) {
                    case "json", "sarif" -> JSON.readTree(text);
                    case "junit" -> parseXml(text);
                    default -> {}
                }
            }
            Path out = root.resolve("out");
            Cli.Result report =
                    Cli.run("report", "-f", "html,md,csv,json", "-o", out.toString(), "--lenient", dir.toString());
            assertTrue(
                    Set.of(0, 1, 3).contains(report.code()),
                    () -> "report: exit " + report.code() + " " + report.err());
            if (Files.isDirectory(out)) {
                try (Stream<Path> files = Files.list(out)) {
                    for (Path file : files.toList()) {
                        validUtf8(Files.readAllBytes(file));
                    }
                }
                JSON.readTree(Files.readString(out.resolve("report.json")));
            }
        } finally {
            FuzzedInputs.delete(root);
        }
    }

    /** Replaces some strings and numbers of the tree, depth first, with the fuzzer's values. */
    private static void replaceValues(JsonNode node, FuzzedDataProvider data) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (value.isValueNode() && data.remainingBytes() > 0 && data.consumeInt(0, 3) == 0) {
                    object.set(name, fuzzedValue(data));
                } else {
                    replaceValues(value, data);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isValueNode() && data.remainingBytes() > 0 && data.consumeInt(0, 3) == 0) {
                    array.set(i, fuzzedValue(data));
                } else {
                    replaceValues(array.get(i), data);
                }
            }
        }
    }

    private static JsonNode fuzzedValue(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 3)) {
            case 0 ->
                JSON.getNodeFactory()
                        .numberNode(new BigDecimal(
                                new BigInteger(data.consumeInt(1, 64), new Random(data.consumeLong())),
                                data.consumeInt(-400, 400)));
            case 1 -> JSON.getNodeFactory().numberNode(data.consumeLong());
            default -> JSON.getNodeFactory().stringNode(data.consumeString(40));
        };
    }

    /** The bytes as text, when they are valid UTF-8 (which also rules out an encoded lone surrogate). */
    private static String validUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("an output is not valid UTF-8", e);
        }
    }

    private static void parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
