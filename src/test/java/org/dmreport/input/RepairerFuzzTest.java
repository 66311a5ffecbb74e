package org.dmreport.input;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dmreport.input.core.ReadFailure;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.text.DocumentScanner;
import org.dmreport.input.text.RawDocument;

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
            // A fragment's column is 0: the brace put before it stands just left of the input's first column.
            assertTrue(
                    document.line0() >= 1 && document.column0() >= (document.partial() ? 0 : 1),
                    document.line0() + ":" + document.column0());
            assertTrue(
                    document.offset() >= 0 && document.offset() + document.length() <= document.text().length,
                    "a document lies within its text");
        }
    }
}
