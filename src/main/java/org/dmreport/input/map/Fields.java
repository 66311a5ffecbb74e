package org.dmreport.input.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dmreport.input.tree.JNode;
import org.dmreport.model.NoteKind;
import org.dmreport.model.Origin;
import org.dmreport.model.UnknownKey;
import org.dmreport.model.VersionSign;
import org.dmreport.model.Where;

/**
 * Typed access to one JSON object's members for the mapper. Keys are looked up by DM's proto
 * spelling and, failing that, without regard to case (noted). Values are read in every form DM and
 * its documentation have printed (64-bit integers as strings or numbers, doubles as numbers or
 * strings); anything else is noted and read as absent, never guessed. {@link #where()} finishes
 * the object: the origins of the values read, and every key not read is kept as unknown.
 */
final class Fields {

    private final JNode.JObject object;
    private final String pointer;
    private final MappingContext context;
    /**
     * By the index of the key in the object: the proto key it was read as (null while not read), and
     * where its value is. {@link #where()} packs the keys read to the front.
     */
    private final String[] readAs;

    private final long[] positions;
    private Where finished;

    Fields(JNode.JObject object, String pointer, MappingContext context) {
        this.object = object;
        this.pointer = context.strings.canonical(pointer);
        this.context = context;
        this.readAs = new String[object.keys().size()];
        this.positions = new long[readAs.length];
    }

    String pointer() {
        return pointer;
    }

    /** Pointer of the value under {@code key}. */
    String pointer(String key) {
        return context.strings.child(pointer, key);
    }

    /** Whether the object has {@code key} in any spelling, without marking it read. */
    boolean has(String key) {
        return indexOf(key, false) >= 0;
    }

    /** The value under {@code key}, or null when absent. */
    JNode node(String key) {
        int index = indexOf(key, true);
        if (index < 0) {
            return null;
        }
        JNode value = object.values().get(index);
        readAs[index] = key;
        positions[index] = Where.pack(value.line(), value.column());
        return value;
    }

    private int indexOf(String key, boolean noteCase) {
        List<String> keys = object.keys();
        int size = keys.size();
        // Keys are interned by the reader and asked for as literals: identity finds a present key.
        for (int k = 0; k < size; k++) {
            if (keys.get(k) == key) {
                return k;
            }
        }
        // One more pass, for an absent key (or one read some other way): an exact match wins wherever it
        // is, found by the cached hashes; failing that, the first key equal without regard to case (and
        // not read already). Its first character rejects almost every key.
        int hash = key.hashCode();
        int length = key.length();
        int folded = -1;
        for (int k = 0; k < size; k++) {
            String other = keys.get(k);
            if (other.hashCode() == hash && other.equals(key)) {
                return k;
            }
            if (folded < 0
                    && other.length() == length
                    && readAs[k] == null
                    && sameFirstIgnoringCase(other, key)
                    && other.equalsIgnoreCase(key)) {
                folded = k;
            }
        }
        if (folded >= 0 && noteCase) {
            JNode value = object.values().get(folded);
            context.keyCase(keys.get(folded), key, value.line(), value.column());
        }
        return folded;
    }

    /** Whether the first characters may be equal ignoring case; exact for ASCII, else as String does it. */
    private static boolean sameFirstIgnoringCase(String a, String b) {
        char x = a.charAt(0);
        char y = b.charAt(0);
        if (x == y) {
            return true;
        }
        if (x < 128 && y < 128) {
            return (x | 0x20) == (y | 0x20) && (x | 0x20) >= 'a' && (x | 0x20) <= 'z';
        }
        return a.regionMatches(true, 0, b, 0, 1);
    }

    String string(String key) {
        JNode value = node(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof JNode.JScalar s) {
            if (s.type() != JNode.ScalarType.STRING) {
                typeNote(key, value, "a string");
            }
            return s.text();
        }
        typeNote(key, value, "a string");
        return null;
    }

    /** A 64-bit integer: DM prints it as a JSON string; a plain number is accepted too. */
    Long int64(String key) {
        JNode value = node(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof JNode.JScalar s) {
            String text = s.text().strip();
            try {
                if (s.type() == JNode.ScalarType.STRING || s.type() == JNode.ScalarType.INTEGER) {
                    return Long.parseLong(text);
                }
                if (s.type() == JNode.ScalarType.DECIMAL) {
                    return new BigDecimal(text).longValueExact();
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // falls through to the note below
            }
        }
        typeNote(key, value, "an integer");
        return null;
    }

    /** A double: DM prints it as a JSON number; the documentation quotes it, which is noted once. */
    Double decimal(String key) {
        JNode value = node(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof JNode.JScalar s) {
            try {
                switch (s.type()) {
                    case INTEGER, DECIMAL -> {
                        return Double.valueOf(s.text());
                    }
                    case STRING -> {
                        double parsed = Double.parseDouble(s.text().strip());
                        context.quotedDouble(pointer(key), value.line(), value.column());
                        return parsed;
                    }
                    default -> {}
                }
            } catch (NumberFormatException e) {
                // falls through to the note below
            }
        }
        typeNote(key, value, "a number");
        return null;
    }

    Boolean bool(String key) {
        JNode value = node(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof JNode.JScalar s
                && (s.type() == JNode.ScalarType.TRUE || s.type() == JNode.ScalarType.FALSE)) {
            return s.type() == JNode.ScalarType.TRUE;
        }
        if (value instanceof JNode.JScalar s
                && s.type() == JNode.ScalarType.STRING
                && (s.text().equals("true") || s.text().equals("false"))) {
            typeNote(key, value, "a boolean");
            return Boolean.valueOf(s.text());
        }
        typeNote(key, value, "a boolean");
        return null;
    }

    /** An object member, or null when absent or {@code null}. */
    JNode.JObject object(String key) {
        JNode value = node(key);
        if (value == null || isNull(value)) {
            return null;
        }
        if (value instanceof JNode.JObject o) {
            return o;
        }
        typeNote(key, value, "an object");
        return null;
    }

    /** An array's items; empty when absent or {@code null}. */
    List<JNode> array(String key) {
        JNode value = node(key);
        if (value == null || isNull(value)) {
            return List.of();
        }
        if (value instanceof JNode.JArray a) {
            return a.items();
        }
        typeNote(key, value, "an array");
        return List.of();
    }

    /** An array of strings; items of other types are noted and left out. */
    List<String> strings(String key) {
        List<JNode> items = array(key);
        List<String> result = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            JNode item = items.get(k);
            if (item instanceof JNode.JScalar s && s.type() == JNode.ScalarType.STRING) {
                result.add(s.text());
            } else {
                context.note(
                        NoteKind.VALUE_TYPE,
                        item.line(),
                        item.column(),
                        pointer(key) + "/" + k + " should be a string but is " + item.typeName());
            }
        }
        return result;
    }

    /**
     * Finishes the object: origins of what was read, and every other key kept as unknown. Nothing is
     * read after this; asked again, it gives the same {@code Where}.
     */
    /**
     * Maps every object in the array under {@code key}; items that are not objects are noted and
     * left out.
     */
    <T> List<T> each(String key, Function<Fields, T> mapper) {
        List<JNode> items = array(key);
        List<T> result = new ArrayList<>(items.size());
        String array = pointer(key);
        for (int k = 0; k < items.size(); k++) {
            JNode item = items.get(k);
            String pointer = context.strings.item(array, k);
            if (item instanceof JNode.JObject object) {
                result.add(mapper.apply(new Fields(object, pointer, context)));
            } else {
                context.note(
                        NoteKind.VALUE_TYPE,
                        item.line(),
                        item.column(),
                        pointer + " should be an object but is " + item.typeName());
            }
        }
        return result;
    }

    /** The object under {@code key} as fields, or null when absent or {@code null}. */
    Fields child(String key) {
        JNode.JObject node = object(key);
        return node == null ? null : new Fields(node, pointer(key), context);
    }

    /** Notes that the document holds {@code sign}: its versions start no earlier than its release. */
    void saw(VersionSign sign) {
        context.saw(sign);
    }

    /**
     * Notes each sign {@link VersionSign} keys to {@code object} whose key this object holds, in any
     * case and whatever its value. Called before the keys are read, while a key in another case is
     * still found.
     */
    void sawKeysOf(String object) {
        for (VersionSign sign : VersionSign.keyedIn(object)) {
            for (String key : sign.keys()) {
                if (has(key)) {
                    saw(sign);
                    break;
                }
            }
        }
    }

    Where where() {
        if (finished != null) {
            return finished;
        }
        int count = 0;
        for (int k = 0; k < readAs.length; k++) {
            if (readAs[k] != null) {
                readAs[count] = readAs[k];
                positions[count++] = positions[k];
            } else {
                JNode value = object.values().get(k);
                String name = object.keys().get(k);
                context.unknownKey(new UnknownKey(name, new Origin(pointer(name), value.line(), value.column())));
            }
        }
        finished = new Where(new Origin(pointer, object.line(), object.column()), readAs, positions, count);
        return finished;
    }

    private static boolean isNull(JNode value) {
        return value instanceof JNode.JScalar s && s.type() == JNode.ScalarType.NULL;
    }

    private void typeNote(String key, JNode value, String expected) {
        String shown = value instanceof JNode.JScalar s ? " (" + abbreviate(s.text()) + ")" : "";
        context.note(
                NoteKind.VALUE_TYPE,
                value.line(),
                value.column(),
                pointer(key) + " should be " + expected + " but is " + value.typeName() + shown);
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
    }
}
