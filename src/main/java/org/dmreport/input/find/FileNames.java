package org.dmreport.input.find;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** File names as bytes: how a name that is not valid UTF-8 is shown without losing what tells it apart. */
final class FileNames {

    private FileNames() {}

    /**
     * The entry's name as shown and as cluster names take it. A name that is not valid UTF-8 decodes
     * with U+FFFD in place of each bad byte, so {@code c\\xff} and {@code c\\xfe} would show, and
     * cluster, as one; there the name is made from its real bytes (which the path's URI keeps),
     * each byte that is not UTF-8 written {@code \\xHH}: two names stay two. The path itself, with
     * its bytes, is what is opened.
     */
    static String shown(Path entry) {
        String name = entry.getFileName().toString();
        if (name.indexOf('\uFFFD') < 0) {
            return name;
        }
        String raw = entry.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        byte[] bytes = percentDecoded(raw.substring(raw.lastIndexOf('/') + 1));
        StringBuilder shown = new StringBuilder();
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        while (in.hasRemaining()) {
            CoderResult result = utf8.decode(in, out, true);
            out.flip();
            shown.append(out);
            out.clear();
            if (result.isError()) {
                for (int k = 0; k < result.length(); k++) {
                    shown.append(String.format(Locale.ROOT, "\\x%02x", in.get() & 0xff));
                }
            } else {
                break;
            }
        }
        return shown.toString();
    }

    private static byte[] percentDecoded(String raw) {
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '%' && k + 2 < raw.length()) {
                bytes[n++] = (byte) Integer.parseInt(raw.substring(k + 1, k + 3), 16);
                k += 2;
            } else {
                bytes[n++] = (byte) c;
            }
        }
        return Arrays.copyOf(bytes, n);
    }
}
