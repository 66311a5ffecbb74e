package org.dmreport.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.dmreport.findings.Baseline;
import org.dmreport.findings.Category;
import org.dmreport.rules.RuleCatalog;

/**
 * Reads a baseline file as bounded, validated text: a regular file (never a folder, and never a
 * named pipe, whose open would wait for a writer), at most {@link #MAX_BYTES}, valid UTF-8, lines of
 * at most {@link Baseline#MAX_LINE} characters. Whatever is wrong is a {@link RefusedRequest} naming
 * the file and, where it is one line's fault, the line.
 */
public final class BaselineFile {

    /** Far above a baseline of every finding of a year of captures (a line is about 80 bytes). */
    public static final int MAX_BYTES = 64 << 20;

    private BaselineFile() {}

    /** The baseline in {@code file}, the option that named it being {@code option}. */
    public static Baseline read(String option, Path file) throws IOException {
        String shown = option + " " + file;
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new RefusedRequest(shown + ": no such file");
        }
        if (attributes.isDirectory()) {
            throw new RefusedRequest(shown + ": is a directory, not a baseline file");
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedRequest(shown + ": not a regular file (a named pipe, socket or device), not read");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new RefusedRequest(shown + ": larger than " + MAX_BYTES + " bytes: not a baseline file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new RefusedRequest(shown + ": larger than " + MAX_BYTES + " bytes: not a baseline file");
        }
        // One strict pass: the position of the first byte that is not UTF-8 gives its line.
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (utf8.decode(in, out, true).isError() || utf8.flush(out).isError()) {
            int line = 1;
            for (int k = 0; k < in.position(); k++) {
                line += bytes[k] == '\n' ? 1 : 0;
            }
            throw new RefusedRequest(shown + ":" + line + ": not UTF-8 text");
        }
        String text = out.flip().toString();
        try {
            return Baseline.parse(text, BaselineFile::episodic);
        } catch (IllegalArgumentException e) {
            throw new RefusedRequest(shown + ":" + e.getMessage());
        }
    }

    /** Whether the rule {@code id} reports health episodes, which a baseline accepts one by one. */
    private static boolean episodic(String id) {
        return RuleCatalog.byId(id)
                .map(rule -> rule.descriptor().category() == Category.HEALTH)
                .orElse(false);
    }
}
