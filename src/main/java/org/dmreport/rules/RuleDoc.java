package org.dmreport.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/**
 * A rule's identity, on its class. Its words (title, explanation, example) are kept beside it as
 * {@code ID.properties} in the same package, prose that reads and changes without Java string
 * concatenation; {@link RuleDescriptor#of} puts the two together, and the README's rule table and
 * {@code dmreport rules} are made of that.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDoc {
    /** The rule's stable ID, and the name of its properties file. */
    String id();

    Category category();

    /** The severity of its findings unless the user gives another. */
    Severity severity();
}
