package org.dmreport.report.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmreport.findings.Category;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What code scanning accepts: at most 25,000 results a run, the most severe kept, and URIs that are URIs. */
class SarifLimitsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRunHoldsAtMost25000ResultsTheMostSevereFirstAndSaysHowManyWereLeftOut() {
        List<Finding> findings = new ArrayList<>();
        for (int k = 0; k < 25_010; k++) {
            Severity severity = k % 5000 == 7 ? Severity.ERROR : Severity.INFO;
            findings.add(new Finding(
                    "key-case",
                    severity,
                    Category.INPUT,
                    String.format("c%05d.json", k),
                    "",
                    1,
                    Instant.parse("2026-11-26T00:00:00Z").plusSeconds(k),
                    "",
                    1,
                    1,
                    "",
                    "",
                    "m",
                    Map.of(),
                    false,
                    1,
                    null,
                    null,
                    ""));
        }
        FindingsView view = new FindingsView(findings, List.of(), List.of(), List.of(), null, List.of(), 1, "1", "");
        JsonNode run =
                JSON.readTree(new SarifRenderer().render(view)).get("runs").get(0);
        assertEquals(25_000, run.get("results").size());
        for (int k = 0; k < 6; k++) {
            assertEquals("error", run.get("results").get(k).get("level").asString(), "errors are kept first");
        }
        assertEquals(
                "10 of 25,010 results were left out: a SARIF run holds at most 25,000, the most severe first. "
                        + "dmreport check -f json lists them all.",
                run.get("invocations")
                        .get(0)
                        .get("toolExecutionNotifications")
                        .get(0)
                        .get("message")
                        .get("text")
                        .asString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "samples/a b%c.json|samples/a%20b%25c.json|SRCROOT",
                "2026-11-26T00:00:00Z/q.json|./2026-11-26T00:00:00Z/q.json|SRCROOT",
                "dumps/日本.json|dumps/%E6%97%A5%E6%9C%AC.json|SRCROOT",
                "/var/lib/dm captures/q.json|file:///var/lib/dm%20captures/q.json|",
                "-|-|SRCROOT"
            })
    void artifactLocationsAreUriReferences(String path, String uri, String base) {
        ObjectNode location = JSON.createObjectNode();
        SarifRenderer.artifact(location, path);
        assertEquals(uri, location.get("uri").asString());
        assertEquals(
                base == null ? null : base,
                location.has("uriBaseId") ? location.get("uriBaseId").asString() : null);
    }
}
