package org.dmreport.input.core;

/** How forgiving the reader is. */
public enum ReadMode {
    /** RFC 8259 only: one document per input, duplicate keys rejected, nothing skipped. */
    STRICT,
    /** Field captures: prompts, banners, zero-width characters and trailing text skipped, each noted. */
    DEFAULT,
    /** Pasted text: also comments, trailing or missing commas, {@code ...} elisions and fragments repaired. */
    LENIENT
}
