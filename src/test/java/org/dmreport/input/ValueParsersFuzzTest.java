package org.dmreport.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.model.BinlogLocation;
import org.dmreport.model.BinlogPosition;
import org.dmreport.model.ErrorString;
import org.dmreport.model.GtidSet;
import org.dmreport.model.Progress;

/**
 * Fuzz target for every parser of a value inside a document or a path: binlog positions and
 * locations, GTID sets, progress, error strings and capture times in paths. Each parses or says it
 * cannot, and what it parses prints back to something it parses the same.
 */
class ValueParsersFuzzTest {

    @FuzzTest(maxDuration = "")
    void parse(FuzzedDataProvider data) {
        int parser = data.consumeInt(0, 5);
        String text = data.consumeRemainingAsString();
        switch (parser) {
            case 0 ->
                BinlogPosition.parse(text)
                        .ifPresent(p -> assertEquals(Optional.of(p), BinlogPosition.parse(p.toString()), text));
            case 1 -> BinlogLocation.find(text);
            case 2 ->
                GtidSet.parse(text).ifPresent(g -> {
                    Optional<GtidSet> again = GtidSet.parse(g.toString());
                    assertTrue(again.isPresent(), () -> "printed " + g + " from " + text);
                    assertEquals(g.toString(), again.get().toString(), text);
                });
            case 3 -> Progress.parse(text);
            case 4 -> ErrorString.find(text);
            default -> CaptureTimes.fromPathOf(text);
        }
    }
}
