package org.dmreport.input.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dmreport.input.DumpReader;
import org.dmreport.input.ReadResult;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.InputSource;
import org.dmreport.model.Capture;
import org.dmreport.model.SchemaViolation;
import org.dmreport.model.TimeSource;
import org.junit.jupiter.api.Test;

/** The shape cache never hides a violation: only shapes that passed are skipped. */
class SchemaValidatorTest {

    private final DumpReader reader =
            new DumpReader(ReadMode.DEFAULT, ReadLimits.DEFAULT, CaptureTimes.Preference.MTIME, new SchemaValidator());

    private List<SchemaViolation> violations(String json) {
        ReadResult result = reader.read(
                new InputSource("t.json", null),
                json.getBytes(StandardCharsets.UTF_8),
                new Capture("t.json", null, TimeSource.NONE));
        return result.snapshots().get(0).schemaViolations();
    }

    private static String doc(String stage, String synced, String rows) {
        return "{\"result\": true, \"msg\": \"\", \"sources\": [{\"result\": true, \"msg\": \"\", \"sourceStatus\": "
                + "{\"source\": \"s1\", \"worker\": \"w1\", \"result\": null, \"relayStatus\": null}, \"subTaskStatus\": "
                + "[{\"name\": \"t\", \"stage\": \"" + stage + "\", \"unit\": \"Sync\", \"result\": null, "
                + "\"unresolvedDDLLockID\": \"\", \"sync\": {\"synced\": " + synced + ", \"totalRows\": \"" + rows
                + "\"}}]}]}";
    }

    @Test
    void aViolationIsReportedAfterValidDocumentsOfAlmostTheSameShape() {
        assertEquals(List.of(), violations(doc("Running", "true", "12")));
        assertEquals(List.of(), violations(doc("Running", "false", "13")));
        List<SchemaViolation> stage = violations(doc("Runing", "true", "12"));
        assertEquals(1, stage.size());
        assertEquals("/sources/0/subTaskStatus/0/stage", stage.get(0).origin().pointer());
        List<SchemaViolation> rows = violations(doc("Running", "true", "twelve"));
        assertEquals(
                "/sources/0/subTaskStatus/0/sync/totalRows",
                rows.get(0).origin().pointer());
        assertEquals(List.of(), violations(doc("Paused", "true", "99")));
    }

    @Test
    void aChangeOfTypeOrOfPatternMatchIsANewShape() {
        assertEquals(List.of(), violations(doc("Running", "true", "12")));
        List<SchemaViolation> type = violations(doc("Running", "\"true\"", "12"));
        assertEquals(
                "/sources/0/subTaskStatus/0/sync/synced", type.get(0).origin().pointer());
        String valid =
                doc("Running", "true", "12").replace("\"synced\"", "\"syncerBinlog\": \"(bin.000001, 4)\", \"synced\"");
        assertEquals(List.of(), violations(valid));
        List<SchemaViolation> position = violations(valid.replace("(bin.000001, 4)", "bin.000001:4"));
        assertEquals(
                "/sources/0/subTaskStatus/0/sync/syncerBinlog",
                position.get(0).origin().pointer());
    }
}
