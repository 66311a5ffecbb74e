package org.dmreport.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Severity;
import org.dmreport.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

/** What the consumers of the machine formats need of details: GitHub's lines, JUnit's classes, SARIF's names. */
class ConsumerFormsTest {

    private static FindingsView view(String input, String message) {
        Finding f = new Finding(
                "paused-with-error",
                Severity.WARNING,
                Category.HEALTH,
                input,
                "",
                1,
                Instant.parse("2026-11-26T00:00:00Z"),
                "/sources/0",
                3,
                5,
                "t1",
                "mysql-01",
                message,
                Map.of(),
                false,
                1,
                null,
                null,
                "");
        return new FindingsView(List.of(f), List.of(), List.of(input), List.of(), null, List.of(), 1, "1", "");
    }

    @Test
    void githubAnnotationsDropCarriageReturnsFromMessagesAndEscapeThemInPaths() {
        assertEquals(
                "::warning file=a%0Db.json,line=3,col=5,title=dmreport paused-with-error::first%0Asecond third\n",
                new GithubRenderer().render(view("a\rb.json", "first\r\nsecond\r third")));
    }

    @Test
    void junitClassesAreTheCategoryAsPackageAndTheRuleAsClass() {
        var rule = RuleCatalog.byId("paused-with-error").orElseThrow().descriptor();
        assertEquals("dmreport.health.paused-with-error", JunitRenderer.className(rule));
    }

    @Test
    void sarifRuleNamesAreReadableAndDistinctFromTheirIds() {
        assertEquals("BlockingDdlWithUnsynced", SarifRenderer.readableName("blocking-ddl-with-unsynced"));
        RuleCatalog.all()
                .forEach(r -> assertEquals(
                        false,
                        SarifRenderer.readableName(r.descriptor().id())
                                .equals(r.descriptor().id()),
                        r.descriptor().id()));
    }
}
