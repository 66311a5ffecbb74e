package org.dmreport.input.tree;

/**
 * Hears every token of a document as {@link TreeReader} builds its tree, in order and on the
 * reading thread, so that what is computed from the tokens (the shape key by which the schema
 * validator knows a document valid) needs no second walk. Duplicate keys are heard as read.
 */
public interface TokenListener {

    void startObject();

    void key(String key);

    void endObject();

    void startArray();

    void endArray();

    /** A scalar; {@code property} is the key it sits under (through arrays), null at the top. */
    void scalar(JNode.ScalarType type, String text, String property);
}
