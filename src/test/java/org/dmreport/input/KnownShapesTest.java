package org.dmreport.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dmreport.model.Capture;
import org.dmreport.model.DocumentKind;
import org.dmreport.model.SchemaViolation;
import org.dmreport.model.TimeSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertTrue(lines.get(0).startsWith("dmreport valid shapes, format 1, schemas "), lines.get(0));
        KnownShapes again = KnownShapes.read(file);
        assertFalse(again.grew());
        assertEquals(Files.readString(file), again.text());
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
                .read(invalid, invalid.length, TreeReader.AS_IS, new ArrayList<>(), tracker);
        wrong.add(tracker.key(DocumentKind.FULL, false));
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
