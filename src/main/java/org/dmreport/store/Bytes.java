package org.dmreport.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer for {@link PointCodec}: unsigned and zig-zag variable-length integers,
 * fixed 64-bit values, and strings as a char count then each char in modified UTF-8 (one to three
 * bytes, lossless for any {@code char}). Not thread-safe; its {@link Reader}s are independent.
 */
final class Bytes {

    private byte[] data;
    private int size;

    Bytes(int capacity) {
        data = new byte[Math.max(16, capacity)];
    }

    int size() {
        return size;
    }

    /** The bytes written so far (the array itself: valid up to {@link #size()}). */
    byte[] array() {
        return data;
    }

    void clear() {
        size = 0;
    }

    /** Appends what {@code other} holds. */
    void append(Bytes other) {
        ensure(other.size);
        System.arraycopy(other.data, 0, data, size, other.size);
        size += other.size;
    }

    void varint(int value) {
        varlong(value & 0xffffffffL);
    }

    /** A signed value, zig-zag encoded so that small negative numbers stay short. */
    void signed(long value) {
        varlong((value << 1) ^ (value >> 63));
    }

    void fixed(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            data[size++] = (byte) (value >>> shift);
        }
    }

    void string(String text) {
        int length = text.length();
        varint(length);
        ensure(length * 3);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 1 && c < 0x80) {
                data[size++] = (byte) c;
            } else if (c < 0x800) {
                data[size++] = (byte) (0xc0 | c >> 6);
                data[size++] = (byte) (0x80 | c & 0x3f);
            } else {
                data[size++] = (byte) (0xe0 | c >> 12);
                data[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                data[size++] = (byte) (0x80 | c & 0x3f);
            }
        }
    }

    private void varlong(long value) {
        ensure(10);
        while ((value & ~0x7fL) != 0) {
            data[size++] = (byte) (value & 0x7f | 0x80);
            value >>>= 7;
        }
        data[size++] = (byte) value;
    }

    private void ensure(int more) {
        if (size + more > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, size + more));
        }
    }

    /** Reads what a {@link Bytes} wrote, from {@code bytes[from, to)}. */
    static final class Reader {
        private final byte[] bytes;
        private int at;
        private final int end;

        Reader(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.at = from;
            this.end = to;
        }

        boolean hasMore() {
            return at < end;
        }

        int varint() {
            return (int) varlong();
        }

        long signed() {
            long z = varlong();
            return (z >>> 1) ^ -(z & 1);
        }

        long fixed() {
            long value = 0;
            for (int k = 0; k < 8; k++) {
                value = value << 8 | bytes[at++] & 0xff;
            }
            return value;
        }

        String string() {
            int length = varint();
            if (ascii(length)) {
                String text = new String(bytes, at, length, StandardCharsets.ISO_8859_1);
                at += length;
                return text;
            }
            char[] chars = new char[length];
            for (int i = 0; i < length; i++) {
                int b = bytes[at++] & 0xff;
                if (b < 0x80) {
                    chars[i] = (char) b;
                } else if (b < 0xe0) {
                    chars[i] = (char) ((b & 0x1f) << 6 | bytes[at++] & 0x3f);
                } else {
                    chars[i] = (char) ((b & 0x0f) << 12 | (bytes[at++] & 0x3f) << 6 | bytes[at++] & 0x3f);
                }
            }
            return new String(chars);
        }

        /** Whether the next {@code length} bytes are one char each (ASCII, no NUL). */
        private boolean ascii(int length) {
            if (at + length > end) {
                return false;
            }
            for (int k = at; k < at + length; k++) {
                if (bytes[k] <= 0) {
                    return false;
                }
            }
            return true;
        }

        /** Skips {@code count} bytes. */
        void skip(int count) {
            at += count;
        }

        private long varlong() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }
}
