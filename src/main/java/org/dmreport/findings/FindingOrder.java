package org.dmreport.findings;

import java.time.Instant;
import java.util.Comparator;

/**
 * The one order of findings in every output: capture time (unknown last), input, document,
 * pointer, rule, then the rest so that the order is total.
 */
public final class FindingOrder {

    public static final Comparator<Finding> ORDER = Comparator.comparing(
                    Finding::capturedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(Finding::input)
            .thenComparingInt(Finding::document)
            .thenComparing(Finding::pointer)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::task)
            .thenComparing(Finding::source)
            .thenComparing(Finding::message);

    private FindingOrder() {}
}
