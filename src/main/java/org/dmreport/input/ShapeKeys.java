package org.dmreport.input;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dmreport.model.DocumentKind;

/**
 * The shape of a document as far as JSON Schema validity goes: its structure, its keys, the type of
 * every value, and for strings under a constrained property name whether each pattern matches and
 * whether the value is in the enum. Two documents of the same shape are valid or invalid together.
 * {@code true} and {@code false} are one type here, as for the schema. The shape is kept as two
 * independent 64-bit hashes.
 */
final class ShapeKeys {

    /** A shape: two hashes of it, kind and partiality included. */
    record Key(long first, long second) {}

    private final Map<String, List<Pattern>> patterns = new HashMap<>();
    private final Map<String, Set<String>> enums = new HashMap<>();

    ShapeKeys(List<SchemaConstraints> constraints) {
        for (SchemaConstraints c : constraints) {
            c.patterns().forEach((k, v) -> patterns.computeIfAbsent(k, x -> new java.util.ArrayList<>()).addAll(v));
            c.enums().forEach((k, v) -> enums.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        }
    }

    Key of(JNode root, DocumentKind kind, boolean partial) {
        Hasher h = new Hasher();
        h.add(kind.ordinal());
        h.add(partial ? 1 : 0);
        walk(root, null, h);
        return new Key(h.a, h.b);
    }

    private void walk(JNode node, String property, Hasher h) {
        if (node instanceof JNode.JObject o) {
            h.add(1);
            for (int k = 0; k < o.keys().size(); k++) {
                String key = o.keys().get(k);
                h.add(key.hashCode());
                h.add(key.length());
                walk(o.values().get(k), key, h);
            }
            h.add(2);
        } else if (node instanceof JNode.JArray a) {
            h.add(3);
            for (JNode item : a.items()) {
                walk(item, property, h);
            }
            h.add(4);
        } else {
            JNode.JScalar s = (JNode.JScalar) node;
            h.add(s.type() == JNode.ScalarType.FALSE ? 10 + JNode.ScalarType.TRUE.ordinal() : 10 + s.type().ordinal());
            if (s.type() == JNode.ScalarType.DECIMAL) {
                h.add(integral(s.text()) ? 1 : 0);
            }
            if (s.type() == JNode.ScalarType.STRING && property != null) {
                for (Pattern p : patterns.getOrDefault(property, List.of())) {
                    h.add(p.matcher(s.text()).find() ? 21 : 22);
                }
                Set<String> allowed = enums.get(property);
                if (allowed != null) {
                    h.add(allowed.contains(s.text()) ? 23 : 24);
                }
            }
        }
    }

    private static boolean integral(String number) {
        try {
            return new java.math.BigDecimal(number).stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Two 64-bit running hashes with different multipliers (splitmix-style finalisation per step). */
    private static final class Hasher {
        long a = 0x9E3779B97F4A7C15L;
        long b = 0xC2B2AE3D27D4EB4FL;

        void add(long v) {
            a = mix(a * 31 + v);
            b = mix(b * 1_000_003 + v + 0x632BE59BD9B4E019L);
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
