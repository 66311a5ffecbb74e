package org.dmreport.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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

    /** What constrains strings under one property name: patterns (each anchored or not) and an enum. */
    private static final class Constraint {
        final List<Pattern> patterns = new ArrayList<>();
        final List<Boolean> anchored = new ArrayList<>();
        Set<String> allowed;
    }

    private final Map<String, Constraint> constraints = new HashMap<>();

    ShapeKeys(List<SchemaConstraints> schemas) {
        for (SchemaConstraints c : schemas) {
            c.patterns().forEach((k, v) -> v.forEach(p -> {
                Constraint constraint = constraints.computeIfAbsent(k, x -> new Constraint());
                constraint.patterns.add(p);
                constraint.anchored.add(anchoredAtStart(p.pattern()));
            }));
            c.enums().forEach((k, v) -> {
                Constraint constraint = constraints.computeIfAbsent(k, x -> new Constraint());
                if (constraint.allowed == null) {
                    constraint.allowed = new HashSet<>();
                }
                constraint.allowed.addAll(v);
            });
        }
    }

    /**
     * Whether every match of {@code regex} must start at the beginning of the input: it starts with
     * {@code ^} and so does each alternative at its top level. Then {@link Matcher#lookingAt()} tells
     * what {@link Matcher#find()} (JSON Schema's unanchored search) does, with one attempt instead of
     * one per character. Escapes and character classes are skipped, so a {@code |} or {@code (} in
     * them does not count.
     */
    static boolean anchoredAtStart(String regex) {
        if (!regex.startsWith("^")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0 && (i + 1 >= regex.length() || regex.charAt(i + 1) != '^')) {
                return false;
            }
        }
        return true;
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
            Constraint constraint = s.type() == JNode.ScalarType.STRING && property != null
                    ? constraints.get(property) : null;
            if (constraint != null) {
                for (int i = 0; i < constraint.patterns.size(); i++) {
                    Matcher m = constraint.patterns.get(i).matcher(s.text());
                    h.add((constraint.anchored.get(i) ? m.lookingAt() : m.find()) ? 21 : 22);
                }
                if (constraint.allowed != null) {
                    h.add(constraint.allowed.contains(s.text()) ? 23 : 24);
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
