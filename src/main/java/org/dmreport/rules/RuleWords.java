package org.dmreport.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Puts each rule class's {@link RuleDoc} together with its words, {@code ID.properties} beside it
 * on the class path, once per class. The one class of the package that reads anything: catalogue
 * metadata, read at start; the checks themselves stay pure.
 */
final class RuleWords {

    static final ClassValue<RuleDescriptor> DESCRIPTORS = new ClassValue<>() {
        @Override
        protected RuleDescriptor computeValue(Class<?> type) {
            RuleDoc doc = type.getAnnotation(RuleDoc.class);
            if (doc == null) {
                throw new IllegalStateException(type.getName() + " has no @RuleDoc");
            }
            Properties words = new Properties();
            String file = doc.id() + ".properties";
            try (InputStream in = type.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException(type.getName() + " has no " + file + " beside it");
                }
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            return new RuleDescriptor(
                    doc.id(),
                    doc.category(),
                    doc.severity(),
                    required(words, "title", file),
                    required(words, "explanation", file),
                    required(words, "example", file));
        }
    };

    private RuleWords() {}

    private static String required(Properties words, String key, String file) {
        String value = words.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + " has no " + key);
        }
        return value;
    }
}
