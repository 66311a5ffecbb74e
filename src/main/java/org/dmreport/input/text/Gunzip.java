package org.dmreport.input.text;

import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.dmreport.input.core.ReadFailure;
import org.dmreport.model.Note;
import org.dmreport.model.NoteKind;

/**
 * Decompresses gzip data (RFC 1952) member by member in a loop, with the JDK's {@link Inflater}
 * doing the inflating. {@code java.util.zip.GZIPInputStream} recurses once per empty member, so a
 * file of 20,000 empty members overflows the stack; here every member costs one turn of a loop, the
 * members are counted and bounded, and each member's CRC-32 and length are checked and a mismatch
 * named as such. Output never grows past the limit it is given.
 */
final class Gunzip {

    /** More members than any capture script writes (one per {@code >>} append); a bound, not a guess. */
    static final int MAX_MEMBERS = 10_000;

    private static final int FHCRC = 0x02;
    private static final int FEXTRA = 0x04;
    private static final int FNAME = 0x08;
    private static final int FCOMMENT = 0x10;

    private final byte[] in;
    private final long limit;
    private int pos;
    private byte[] out;
    private int total;

    private Gunzip(byte[] in, long limit) {
        this.in = in;
        this.limit = limit;
        // Grown as it fills, doubling but never past the limit: a bomb costs the limit and half of it.
        this.out = new byte[(int) Math.min(limit + 1, Math.max(1024, in.length * 4L))];
    }

    /** The decompressed bytes of every member of {@code bytes}, refusing more than {@code limit}. */
    static byte[] of(byte[] bytes, long limit, List<Note> notes) {
        Gunzip gunzip = new Gunzip(bytes, limit);
        int members = gunzip.members(notes);
        notes.add(new Note(
                NoteKind.GZIP,
                0,
                0,
                members == 1
                        ? "gzip-compressed input decompressed"
                        : "gzip-compressed input decompressed (" + members + " members)"));
        return gunzip.total == gunzip.out.length ? gunzip.out : Arrays.copyOf(gunzip.out, gunzip.total);
    }

    private int members(List<Note> notes) {
        int members = 0;
        Inflater inflater = new Inflater(true);
        try {
            do {
                if (++members > MAX_MEMBERS) {
                    throw new ReadFailure(
                            0, 0, "gzip data has more than " + MAX_MEMBERS + " members: not a capture", true);
                }
                header(members);
                inflater.reset();
                member(inflater, members);
            } while (pos < in.length && isMagic());
        } finally {
            inflater.end();
        }
        if (pos < in.length) {
            notes.add(new Note(
                    NoteKind.GZIP,
                    0,
                    0,
                    (in.length - pos) + " bytes after the last gzip member ignored (not gzip data)"));
        }
        return members;
    }

    private boolean isMagic() {
        return in.length - pos >= 2 && (in[pos] & 0xff) == 0x1f && (in[pos + 1] & 0xff) == 0x8b;
    }

    /** Skips one member's header, checking what can be checked: magic, method, reserved flags. */
    private void header(int member) {
        need(10, member, "header");
        if (!isMagic()) {
            throw corrupt(member, "not a gzip header");
        }
        if ((in[pos + 2] & 0xff) != 8) {
            throw corrupt(member, "compression method " + (in[pos + 2] & 0xff) + " is not deflate");
        }
        int flags = in[pos + 3] & 0xff;
        if ((flags & 0xe0) != 0) {
            throw corrupt(member, "reserved header flags set");
        }
        pos += 10;
        if ((flags & FEXTRA) != 0) {
            need(2, member, "header");
            int length = (in[pos] & 0xff) | (in[pos + 1] & 0xff) << 8;
            pos += 2;
            need(length, member, "header");
            pos += length;
        }
        if ((flags & FNAME) != 0) {
            skipZeroTerminated(member);
        }
        if ((flags & FCOMMENT) != 0) {
            skipZeroTerminated(member);
        }
        if ((flags & FHCRC) != 0) {
            need(2, member, "header");
            pos += 2;
        }
    }

    private void skipZeroTerminated(int member) {
        while (pos < in.length && in[pos] != 0) {
            pos++;
        }
        need(1, member, "header");
        pos++;
    }

    /** Inflates one member's deflate stream and checks its trailer (CRC-32 and length modulo 2^32). */
    private void member(Inflater inflater, int member) {
        inflater.setInput(in, pos, in.length - pos);
        CRC32 crc = new CRC32();
        int start = total;
        try {
            while (!inflater.finished()) {
                if (total == out.length) {
                    out = Arrays.copyOf(out, (int) Math.min(limit + 1, out.length * 2L));
                }
                int n = inflater.inflate(out, total, out.length - total);
                total += n;
                if (total > limit) {
                    throw new ReadFailure(
                            0,
                            0,
                            "gzip content exceeds the limit of " + limit
                                    + " bytes when decompressed (--max-input-size)",
                            true);
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw corrupt(member, "the data ends inside the compressed stream (a truncated file)");
                }
            }
        } catch (DataFormatException e) {
            throw corrupt(member, e.getMessage() == null ? "invalid deflate data" : e.getMessage());
        }
        crc.update(out, start, total - start);
        pos = in.length - inflater.getRemaining();
        need(8, member, "trailer");
        long expectedCrc = readInt(pos);
        long expectedSize = readInt(pos + 4);
        pos += 8;
        if (expectedCrc != crc.getValue()) {
            throw corrupt(member, "CRC-32 mismatch (the data is damaged)");
        }
        if (expectedSize != ((total - start) & 0xffffffffL)) {
            throw corrupt(member, "length mismatch (the data is damaged)");
        }
    }

    private long readInt(int at) {
        return (in[at] & 0xffL) | (in[at + 1] & 0xffL) << 8 | (in[at + 2] & 0xffL) << 16 | (in[at + 3] & 0xffL) << 24;
    }

    private void need(int bytes, int member, String part) {
        if (in.length - pos < bytes) {
            throw corrupt(member, "the data ends inside the " + part + " (a truncated file)");
        }
    }

    private static ReadFailure corrupt(int member, String why) {
        return new ReadFailure(0, 0, "corrupt gzip data" + (member > 1 ? " in member " + member : "") + ": " + why);
    }
}
