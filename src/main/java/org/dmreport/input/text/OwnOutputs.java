package org.dmreport.input.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Recognises the files this tool writes, so that a report folder inside the captures is never
 * read back as captures. Each JSON output opens with bytes of Jackson's pretty printer ({@code
 * "key" : value}, a space before the colon) that DM's printers never produce, so an opening
 * identifies it; the baseline opens with its comment line.
 */
public final class OwnOutputs {

    private record Opening(byte[] bytes, String what) {
        Opening(String text, String what) {
            this(text.getBytes(StandardCharsets.UTF_8), what);
        }
    }

    private static final List<Opening> OPENINGS = List.of(
            new Opening("{\n  \"summary\" : {\n    \"inputs\" : ", "check -f json"),
            new Opening("{\n  \"$schema\" : \"https://json.schemastore.org/sarif-", "check -f sarif"),
            new Opening("{\n  \"snapshots\" : [", "status -f json"),
            new Opening("{\n  \"title\" : \"dmreport", "report -f json"),
            new Opening("# dmreport baseline:", "check --write-baseline"));

    private OwnOutputs() {}

    /** The command line that wrote the first {@code length} bytes when this tool wrote them, else null. */
    public static String recognise(byte[] bytes, int length) {
        for (Opening opening : OPENINGS) {
            byte[] open = opening.bytes;
            if (length >= open.length && Arrays.equals(bytes, 0, open.length, open, 0, open.length)) {
                return opening.what;
            }
        }
        return null;
    }
}
