package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The post-mortem answer on the shipped samples: their twelve health findings are a few incidents,
 * each with its real cause; every output tells the same story, on any number of threads.
 */
class IncidentsReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private JsonNode report(String threads) throws IOException {
        Path out = dir.resolve("t" + threads);
        Cli.Result r = Cli.run(
                "report", "-f", "json,csv", "--threads", threads, "-o", out.toString(), ReportCommandTest.CAPTURES);
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(Files.readString(out.resolve("report.json")));
    }

    private static JsonNode incidentWith(JsonNode report, String rule, String source) {
        for (JsonNode incident : report.get("incidents")) {
            for (JsonNode e : incident.get("episodes")) {
                if (e.get("rule").asString().equals(rule)
                        && e.get("source").asString().equals(source)) {
                    return incident;
                }
            }
        }
        throw new AssertionError("no incident holds " + rule + " on " + source);
    }

    @Test
    void theSamplesTwelveHealthFindingsAreFourIncidentsWithTheirCauses() throws IOException {
        JsonNode report = report("1");
        Cli.Result check = Cli.run("check", "-f", "json", ReportCommandTest.CAPTURES);
        JsonNode findings = JSON.readTree(check.out()).get("findings");
        List<JsonNode> health = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("category").asString().equals("health")) {
                health.add(f);
            }
        });
        assertEquals(12, health.size());
        JsonNode incidents = report.get("incidents");
        assertTrue(incidents.size() <= 6, incidents.toString());
        assertEquals(4, incidents.size());

        JsonNode relay = incidentWith(report, "relay-paused", "mysql-03");
        assertEquals("relay-paused", relay.get("cause").get("rule").asString());
        assertEquals("mysql-03", relay.get("cause").get("source").asString());
        assertTrue(relay.get("cause").get("message").asString().contains("ERROR 1236"), relay.toString());
        Set<String> held = new TreeSet<>();
        relay.get("episodes")
                .forEach(e ->
                        held.add(e.get("rule").asString() + " " + e.get("task").asString()));
        assertEquals(
                Set.of(
                        "relay-paused ",
                        "running-without-progress billing",
                        "running-without-progress orders",
                        "replication-lag billing",
                        "replication-lag orders"),
                held);
        assertEquals(12600, relay.get("worstLagSeconds").asLong());
        assertEquals("relay-resumed", relay.get("ending").asString());

        JsonNode lock = incidentWith(report, "ddl-lock-blocked", "mysql-01");
        assertEquals(2, lock.get("episodes").size());
        assertEquals(lock, incidentWith(report, "ddl-lock-blocked", "mysql-02"));

        // check's findings name the same incidents as the report.
        Set<String> ids = new TreeSet<>();
        incidents.forEach(i -> ids.add(i.get("id").asString()));
        Set<String> named = new TreeSet<>();
        health.forEach(f -> named.add(f.get("incident").asString()));
        assertEquals(ids, named);

        JsonNode orders = null;
        for (JsonNode task : report.get("tasks")) {
            if (task.get("name").asString().equals("orders")) {
                orders = task.get("window");
            }
        }
        assertTrue(orders.get("unhealthySeconds").asLong() > 0, orders.toString());
        assertEquals(5400, orders.get("lagP95Seconds").asLong());
        assertEquals(
                orders.get("observedSeconds").asLong(),
                orders.get("healthySeconds").asLong()
                        + orders.get("unhealthySeconds").asLong());
        assertEquals(2, orders.get("incidents").asInt());
    }

    @Test
    void incidentsAndWindowFiguresAreTheSameOnOneAndFourThreads() throws IOException {
        assertEquals(report("1"), report("4"));
        assertEquals(
                Files.readString(dir.resolve("t1/incidents.csv")), Files.readString(dir.resolve("t4/incidents.csv")));
    }

    /**
     * report.json is data: numbers as numbers and times as ISO-8601 UTC, never a value shown for
     * reading (a grouped number, a number with its unit, a duration, a time in the page's style).
     */
    @Test
    void theJsonReportHoldsNoDisplayStrings() throws IOException {
        Pattern shown = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?"
                + "|[0-9.,]+ ?(s|B|KiB|MiB|GiB|B/s|rows/s|trx|files?)"
                + "|([0-9]+d)?([0-9]+h)?([0-9]+m)?([0-9]+s)?"
                + "|[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}Z"
                + "|[0-9.]+%");
        List<String> found = new ArrayList<>();
        walk(report("1"), "", shown, found);
        assertEquals(List.of(), found);
    }

    private static void walk(JsonNode node, String at, Pattern shown, List<String> found) {
        if (node.isObject()) {
            node.properties().forEach(e -> walk(e.getValue(), at + "/" + e.getKey(), shown, found));
        } else if (node.isArray()) {
            for (int k = 0; k < node.size(); k++) {
                walk(node.get(k), at + "/" + k, shown, found);
            }
        } else if (node.isString()
                && !node.asString().isEmpty()
                && shown.matcher(node.asString()).matches()) {
            found.add(at + ": " + node.asString());
        }
    }
}
