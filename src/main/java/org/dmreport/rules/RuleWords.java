package org.dmreport.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/**
 * Each rule's words ({@code ID.title}, {@code ID.explanation}, {@code ID.example}), kept in
 * {@code rules.properties} beside the rules: prose that reads and changes without Java string
 * concatenation. The words of every rule are one file, read once when the catalogue starts. The one
 * class of the package that reads anything: catalogue metadata; the checks themselves stay pure.
 */
final class RuleWords {

    static final String FILE = "rules.properties";

    private static final Properties WORDS = read();

    private RuleWords() {}

    /** The descriptor of the rule {@code id}, in {@code category}, of {@code severity}, with its words. */
    static RuleDescriptor describe(String id, Category category, Severity severity) {
        return new RuleDescriptor(
                id, category, severity, required(id, "title"), required(id, "explanation"), required(id, "example"));
    }

    private static Properties read() {
        Properties words = new Properties();
        try (InputStream in = RuleWords.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("no " + FILE + " beside the rules");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        return words;
    }

    private static String required(String id, String key) {
        String value = WORDS.getProperty(id + "." + key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(FILE + " has no " + id + "." + key);
        }
        return value;
    }
}
