package org.dmreport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option whose values are the constants of an enum, written in lower case. The one place
 * such a value is checked: an unknown word is refused as "must be a, b or c, not 'x'", which the
 * usage-error handler prefixes with the option's name. Completion offers the constants'
 * {@code toString()}, so each of these enums writes itself as its word.
 */
final class Words<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;

    Words(Class<E> type) {
        this.type = type;
    }

    /** The word a user writes for {@code constant}. */
    static String word(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convert(String text) {
        for (E constant : type.getEnumConstants()) {
            if (word(constant).equals(text)) {
                return constant;
            }
        }
        throw new TypeConversionException("must be " + choices() + ", not '" + text + "'");
    }

    private String choices() {
        List<String> words = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            words.add(word(constant));
        }
        return or(words);
    }

    /** "a, b or c". */
    static String or(List<String> choices) {
        List<String> words = new ArrayList<>(choices);
        String last = words.remove(words.size() - 1);
        return words.isEmpty() ? last : String.join(", ", words) + " or " + last;
    }
}
