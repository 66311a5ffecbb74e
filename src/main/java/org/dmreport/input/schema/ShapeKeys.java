package org.dmreport.input.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmreport.input.tree.JNode;
import org.dmreport.input.tree.TokenListener;

/**
 * The shape of a document as far as JSON Schema validity goes: its structure, its keys, the type of
 * every value, and for strings under a constrained property name whether each pattern matches and
 * whether the value is in the enum. Two documents of the same shape are valid or invalid together.
 * {@code true} and {@code false} are one type here, as for the schema. The shape is kept as two
 * independent 64-bit hashes, computed while the document is read (see {@link Tracker}).
 */
public final class ShapeKeys {

    /** A shape: two hashes of it, kind and partiality included. */
    record Key(long first, long second) {}

    /** What constrains strings under one property name: patterns (each anchored or not) and an enum. */
    private static final class Constraint {
        /** This constraint's place in {@link #byIndex}, and in each thread's table of matchers. */
        final int index;

        final List<Pattern> patterns = new ArrayList<>();
        final List<Boolean> anchored = new ArrayList<>();
        /** By pattern: its {@link KnownPatterns written-out test}, or null to use the regular expression. */
        final List<Predicate<String>> written = new ArrayList<>();

        Set<String> allowed;

        Constraint(int index) {
            this.index = index;
        }
    }

    private final Map<String, Constraint> constraints = new HashMap<>();
    private final List<Constraint> byIndex = new ArrayList<>();
    /**
     * Each thread's matchers, by constraint and pattern, reset for each value: a matcher per string
     * checked would cost more than the match. Fetched once per document by {@link Tracker}.
     */
    private final ThreadLocal<Matcher[][]> matchers = ThreadLocal.withInitial(this::newMatchers);

    ShapeKeys(List<SchemaConstraints> schemas) {
        for (SchemaConstraints c : schemas) {
            c.patterns()
                    .forEach((k, v) -> v.forEach(p -> {
                        Constraint constraint = constraint(k);
                        constraint.patterns.add(p);
                        constraint.anchored.add(anchoredAtStart(p.pattern()));
                        constraint.written.add(KnownPatterns.of(p.pattern()));
                    }));
            c.enums().forEach((k, v) -> {
                Constraint constraint = constraint(k);
                if (constraint.allowed == null) {
                    constraint.allowed = new HashSet<>();
                }
                constraint.allowed.addAll(v);
            });
        }
    }

    private Constraint constraint(String property) {
        return constraints.computeIfAbsent(property, k -> {
            Constraint created = new Constraint(byIndex.size());
            byIndex.add(created);
            return created;
        });
    }

    private Matcher[][] newMatchers() {
        Matcher[][] table = new Matcher[byIndex.size()][];
        for (Constraint c : byIndex) {
            table[c.index] = c.patterns.stream().map(p -> p.matcher("")).toArray(Matcher[]::new);
        }
        return table;
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

    /** A tracker for one document, to be fed its tokens in order by the reader, on one thread. */
    Tracker tracker() {
        return new Tracker();
    }

    /**
     * Hashes a document's shape as its tokens are read, so that no second walk is needed. Fed the
     * raw token stream, duplicate keys included: documents with the same tokens resolve to the same
     * tree, so equal keys still mean equal validity.
     */
    public final class Tracker implements TokenListener {
        private long a = 0x9E3779B97F4A7C15L;
        private long b = 0xC2B2AE3D27D4EB4FL;
        private final Matcher[][] threadMatchers = matchers.get();

        @Override
        public void startObject() {
            add(1);
        }

        @Override
        public void key(String key) {
            add(key.hashCode());
            add(key.length());
        }

        @Override
        public void endObject() {
            add(2);
        }

        @Override
        public void startArray() {
            add(3);
        }

        @Override
        public void endArray() {
            add(4);
        }

        @Override
        public void scalar(JNode.ScalarType type, String text, String property) {
            add(type == JNode.ScalarType.FALSE ? 10 + JNode.ScalarType.TRUE.ordinal() : 10 + type.ordinal());
            if (type == JNode.ScalarType.DECIMAL) {
                add(integral(text) ? 1 : 0);
            }
            Constraint constraint =
                    type == JNode.ScalarType.STRING && property != null ? constraints.get(property) : null;
            if (constraint != null) {
                Matcher[] each = threadMatchers[constraint.index];
                for (int i = 0; i < each.length; i++) {
                    add(matches(constraint, i, each[i], text) ? 21 : 22);
                }
                if (constraint.allowed != null) {
                    add(constraint.allowed.contains(text) ? 23 : 24);
                }
            }
        }

        /** The shape of the document read, as a document of {@code kind}, partial or not. */
        public Key key(DocumentSchema kind, boolean partial) {
            long x = mix(a + kind.ordinal() * 2L + (partial ? 1 : 0));
            long y = mix(b ^ (kind.ordinal() * 2L + (partial ? 1 : 0)));
            return new Key(x, y);
        }

        /** Two lanes with different odd multipliers and rotations; fully mixed once, in {@link #key}. */
        private void add(long v) {
            a = Long.rotateLeft((a ^ v) * 0x9E3779B97F4A7C15L, 27);
            b = Long.rotateLeft((b + v) * 0xC2B2AE3D27D4EB4FL, 31);
        }
    }

    /**
     * Whether pattern {@code i} of {@code constraint} matches {@code text}, as JSON Schema's search
     * does: by its written-out test when it has one, else with this thread's matcher for it.
     */
    private static boolean matches(Constraint constraint, int i, Matcher matcher, String text) {
        Predicate<String> written = constraint.written.get(i);
        if (written != null) {
            return written.test(text);
        }
        Matcher m = matcher.reset(text);
        return constraint.anchored.get(i) ? m.lookingAt() : m.find();
    }

    /**
     * Whether a JSON number's value is a whole number, read off its text: the digits less their
     * trailing zeros, times ten to the exponent less the digits after the point, have no fraction.
     * What {@link #integralByBigDecimal} says, without its cost.
     */
    static boolean integral(String number) {
        int end = number.length();
        int exponentAt = Math.max(number.indexOf('e'), number.indexOf('E'));
        long exponent = 0;
        if (exponentAt >= 0) {
            if (end - exponentAt > 10) {
                return integralByBigDecimal(number);
            }
            exponent = Long.parseLong(number, exponentAt + 1, end, 10);
            end = exponentAt;
        }
        int point = number.indexOf('.');
        int fraction = point < 0 ? 0 : end - point - 1;
        int zeros = 0;
        int k = end - 1;
        for (; k >= 0 && (number.charAt(k) == '0' || number.charAt(k) == '.'); k--) {
            zeros += number.charAt(k) == '0' ? 1 : 0;
        }
        boolean allZero = k < 0 || number.charAt(k) == '-';
        return allZero || fraction - exponent - zeros <= 0;
    }

    /** The slow way, for exponents of ten digits or more; false for those BigDecimal refuses. */
    static boolean integralByBigDecimal(String number) {
        try {
            return new BigDecimal(number).stripTrailingZeros().scale() <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** splitmix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
