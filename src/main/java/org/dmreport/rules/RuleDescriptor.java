package org.dmreport.rules;

import java.util.Objects;
import java.util.regex.Pattern;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/**
 * A rule's identity and documentation: its ID, category and severity in the {@link RuleCatalog},
 * and its words in {@code rules.properties} beside the rules.
 *
 * @param id          stable, lower-case words joined by {@code -}; never reused for another meaning
 * @param explanation what the rule checks and why, naming the documentation section or DM behaviour
 * @param example     a minimal excerpt that makes the rule fire
 */
public record RuleDescriptor(
        String id, Category category, Severity severity, String title, String explanation, String example) {

    /** The form every rule ID has. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");

    /** The descriptor of the rule class {@code type}, as the {@link RuleCatalog} holds it. */
    public static RuleDescriptor of(Class<? extends Rule> type) {
        return RuleCatalog.descriptorOf(type);
    }

    /** The anchor of rule {@code id}'s row or section in the rule table of rules.md and in reports. */
    public static String anchor(String id) {
        return "rule-" + id;
    }

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule ID '" + id + "' is not lower-case words joined by '-'");
        }
    }
}
