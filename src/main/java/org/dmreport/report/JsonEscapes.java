package org.dmreport.report;

import java.util.Locale;
import org.dmreport.model.Printable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * JSON's own escapes for what JSON allows raw but a terminal or editor would act on: C1 controls,
 * line and paragraph separators and bidirectional formatting characters are written as
 * six-character escapes such as {@code \\u202e}, as the C0 controls already are. The text read
 * back is the same; a file name or message with a right-to-left override cannot reorder what a
 * user sees of the output.
 */
final class JsonEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    static final JsonEscapes INSTANCE = new JsonEscapes();

    private final int[] ascii = standardAsciiEscapesForJSON();

    private JsonEscapes() {}

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return ch > 0x7f && ch <= 0xffff && Printable.unsafe((char) ch)
                ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch))
                : null;
    }
}
