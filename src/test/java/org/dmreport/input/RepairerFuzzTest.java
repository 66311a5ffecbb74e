package org.dmreport.input;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for the lenient repairer: any text is scanned into documents and noted skips, or
 * refused as holding none, without any other exception; documents start at a real place.
 */
class RepairerFuzzTest {

    @FuzzTest(maxDuration = "")
    void repair(String text) {
        if (text == null) {
            return;
        }
        DocumentScanner.Result result;
        try {
            result = DocumentScanner.scan(text.toCharArray(), ReadMode.LENIENT);
        } catch (ReadFailure e) {
            return; // no document at all: the reader's problem to report
        }
        for (RawDocument document : result.documents()) {
            assertTrue(document.line0() >= 1 && document.column0() >= 1, document.line0() + ":" + document.column0());
        }
    }
}
