package org.dmreport.input.tree;

import java.util.List;

/**
 * A parsed JSON value with the input line and column where it starts: the minimum the model
 * mapper needs to point at any value. Built by {@link TreeReader} from Jackson's token stream.
 */
public sealed interface JNode permits JNode.JObject, JNode.JArray, JNode.JScalar {

    int line();

    int column();

    /** What users call this kind of value in messages. */
    String typeName();

    /** An object; members in document order, duplicate keys already resolved (last wins). */
    record JObject(int line, int column, List<String> keys, List<JNode> values) implements JNode {
        @Override
        public String typeName() {
            return "an object";
        }

        public JNode get(String key) {
            for (int k = 0; k < keys.size(); k++) {
                if (keys.get(k).equals(key)) {
                    return values.get(k);
                }
            }
            return null;
        }
    }

    /** An array. */
    record JArray(int line, int column, List<JNode> items) implements JNode {
        @Override
        public String typeName() {
            return "an array";
        }
    }

    /** Kinds of scalar values. */
    enum ScalarType {
        STRING,
        INTEGER,
        DECIMAL,
        TRUE,
        FALSE,
        NULL
    }

    /** A string, number, boolean or null; numbers keep their text exactly as printed. */
    record JScalar(int line, int column, ScalarType type, String text) implements JNode {
        @Override
        public String typeName() {
            return switch (type) {
                case STRING -> "a string";
                case INTEGER, DECIMAL -> "a number";
                case TRUE, FALSE -> "a boolean";
                case NULL -> "null";
            };
        }
    }
}
