package org.dmreport.input.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dmreport.input.DumpReader;
import org.dmreport.input.ReadResult;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputSource;
import org.dmreport.input.tree.TreeReader;
import org.dmreport.model.Capture;
import org.dmreport.model.SchemaViolation;
import org.dmreport.model.TimeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The file of shapes known valid: kept exactly, trusted only when it is whole and made for these schemas. */
class KnownShapesTest {

    private static final String VALID = "{\"result\": true, \"msg\": \"\", \"sources\": []}";
    private static final String INVALID = "{\"result\": \"yes\", \"msg\": \"\", \"sources\": []}";

    @TempDir
    Path dir;

    private static List<SchemaViolation> violations(SchemaValidator validator, String json) {
        DumpReader reader =
                new DumpReader(ReadMode.DEFAULT, ReadLimits.DEFAULT, CaptureTimes.Preference.MTIME, validator);
        ReadResult result = reader.read(
                new InputSource("t.json", null),
                json.getBytes(StandardCharsets.UTF_8),
                new Capture("t.json", null, TimeSource.NONE));
        return result.snapshots().get(0).schemaViolations();
    }

    /** The shapes a validator learns from {@code documents}, written to a file. */
    private Path learnt(String... documents) throws IOException {
        KnownShapes known = KnownShapes.none();
        SchemaValidator validator = new SchemaValidator(known);
        for (String document : documents) {
            violations(validator, document);
        }
        Path file = dir.resolve("shapes");
        Files.writeString(file, known.text());
        return file;
    }

    @Test
    void onlyValidShapesAreKeptAndTheFileReadsBackToTheSameText() throws IOException {
        Path file = learnt(VALID, INVALID);
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size(), "the header and the one valid shape");
        assertTrue(
                lines.get(0).matches("dmreport valid shapes, build \\S+, shape code [0-9a-f]+, schemas [0-9a-f]+"),
                lines.get(0));
        KnownShapes again = KnownShapes.read(file);
        assertFalse(again.grew());
        assertEquals(Files.readString(file), again.text());
    }

    /** A file made by another build, or by other code computing shapes, is not trusted. */
    @Test
    void aFileOfAnotherBuildIsIgnored() throws IOException {
        Path file = learnt(VALID);
        List<String> lines = Files.readAllLines(file);
        Files.writeString(
                file, lines.get(0).replaceFirst("shape code [0-9a-f]+", "shape code 0") + "\n" + lines.get(1) + "\n");
        assertFalse(KnownShapes.read(file).text().contains(lines.get(1)));
    }

    /**
     * The shape models the keywords the schemas use, and no more: a schema that gained another
     * ({@code minimum}, {@code maxLength}, {@code format}, {@code const}) would let documents of a
     * known shape through unchecked, so this fails until the shape models it.
     */
    @Test
    void theSchemasUseOnlyKeywordsTheShapeModels() throws IOException {
        Set<String> modelled = Set.of(
                "$schema",
                "$id",
                "$ref",
                "$defs",
                "$comment",
                "title",
                "description",
                "type",
                "properties",
                "required",
                "additionalProperties",
                "items",
                "enum",
                "pattern",
                "anyOf",
                "oneOf",
                "allOf");
        Set<String> used = new TreeSet<>();
        for (DocumentSchema schema : DocumentSchema.values()) {
            keywords(new ObjectMapper().readTree(schema.text()), used);
        }
        used.removeAll(modelled);
        assertEquals(Set.of(), used, "keywords the shape hash does not model");
    }

    /** Every keyword of the schema {@code schema}, into {@code used}. */
    private static void keywords(JsonNode schema, Set<String> used) {
        if (!schema.isObject()) {
            return;
        }
        for (var entry : schema.properties()) {
            used.add(entry.getKey());
            JsonNode value = entry.getValue();
            switch (entry.getKey()) {
                case "properties", "$defs" -> value.forEach(s -> keywords(s, used));
                case "items", "additionalProperties" -> keywords(value, used);
                case "anyOf", "oneOf", "allOf" -> value.forEach(s -> keywords(s, used));
                default -> {
                    // enum, required and the rest hold values, not schemas
                }
            }
        }
    }

    @Test
    void aKnownShapeIsTakenAsValidWithoutValidating() throws IOException {
        // Proof that the file is used: a shape is trusted as the file says, so one listed wrongly would hide a
        // violation.
        KnownShapes wrong = KnownShapes.none();
        SchemaValidator learner = new SchemaValidator(KnownShapes.none());
        ShapeKeys.Tracker tracker = learner.tracker();
        byte[] invalid = INVALID.getBytes(StandardCharsets.UTF_8);
        new TreeReader(ReadLimits.DEFAULT, false)
                .read(invalid, invalid.length, TreeReader.AS_IS, new ArrayList<>(), tracker, true);
        wrong.add(tracker.key(DocumentSchema.FULL, false));
        assertEquals(List.of(), violations(new SchemaValidator(wrong), INVALID));
        assertEquals(
                1, violations(new SchemaValidator(KnownShapes.none()), INVALID).size());
    }

    @Test
    void aFileForOtherSchemasOrDamagedIsIgnored() throws IOException {
        Path file = learnt(VALID);
        List<String> lines = Files.readAllLines(file);
        Files.writeString(file, lines.get(0) + "0\n" + lines.get(1) + "\n");
        assertEquals(KnownShapes.none().text(), KnownShapes.read(file).text(), "other schemas");
        Files.writeString(file, lines.get(0) + "\n" + lines.get(1) + "\nnot a shape\n");
        assertEquals(KnownShapes.none().text(), KnownShapes.read(file).text(), "a damaged line");
        assertEquals(
                KnownShapes.none().text(),
                KnownShapes.read(dir.resolve("missing")).text(),
                "no file");
    }

    @Test
    void aValidatorThatLearnsANewShapeSaysTheFileGrew() throws IOException {
        KnownShapes known = KnownShapes.read(learnt(VALID));
        violations(new SchemaValidator(known), VALID);
        assertFalse(known.grew());
        violations(new SchemaValidator(known), "{\"result\": true, \"msg\": \"\", \"tasks\": []}");
        assertTrue(known.grew());
    }
}
