package org.dmreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.namer.NamerWrapper;
import org.dmreport.cli.Cli;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every rule has a fixture that fires it and one that does not, under
 * {@code src/test/resources/rules/RULE/fires} and {@code .../quiet}, and its documentation; a rule
 * without them fails this test. A fixture is a folder of captures; an {@code args} file in it holds
 * extra command-line arguments, one per line. What {@code check -f json} says of each fixture
 * (messages, pointers, lines, evidence, severities) is approved beside it, as
 * {@code RULE/fires.approved.json} and {@code RULE/quiet.approved.json}.
 */
class RuleFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What {@code check -f json --fail-on never} prints for the fixture, with its extra arguments. */
    static Cli.Result check(Path fixture) throws IOException {
        // Capture times from paths only: a fixture file's modification time changes with every checkout.
        List<String> args =
                new ArrayList<>(List.of("check", "-f", "json", "--fail-on", "never", "--time-from", "path"));
        Path extra = fixture.resolve("args");
        if (Files.exists(extra)) {
            Files.readAllLines(extra).stream().filter(l -> !l.isBlank()).forEach(args::add);
        }
        args.add("--exclude");
        args.add("args");
        args.add(fixture.toString());
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertTrue(result.code() == 0 || result.code() == 3, fixture + ": exit " + result.code() + "\n" + result.err());
        return result;
    }

    /** The rules that fired on {@code json}, findings JSON of {@code check}. */
    static Set<String> firedRules(String json) {
        Set<String> rules = new TreeSet<>();
        for (JsonNode finding : JSON.readTree(json).get("findings")) {
            rules.add(finding.get("rule").asString());
        }
        return rules;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsFixtureAndStaysQuietOnTheOther() {
        return RuleCatalog.descriptors().stream()
                .flatMap(d -> Stream.of(
                        DynamicTest.dynamicTest(d.id() + " fires", () -> {
                            Path fixture = FIXTURES.resolve(d.id()).resolve("fires");
                            assertTrue(Files.isDirectory(fixture), "no firing fixture " + fixture);
                            String json = check(fixture).out();
                            assertTrue(firedRules(json).contains(d.id()), d.id() + " did not fire on " + fixture);
                            approve(fixture, json);
                        }),
                        DynamicTest.dynamicTest(d.id() + " stays quiet", () -> {
                            Path fixture = FIXTURES.resolve(d.id()).resolve("quiet");
                            assertTrue(Files.isDirectory(fixture), "no quiet fixture " + fixture);
                            String json = check(fixture).out();
                            Set<String> fired = firedRules(json);
                            assertFalse(fired.contains(d.id()), d.id() + " fired on " + fixture + ": " + fired);
                            approve(fixture, json);
                        })));
    }

    /** Approves {@code output} as {@code FIXTURE.approved.json} beside the fixture folder. */
    static void approve(Path fixture, String output) {
        String folder = fixture.getParent().toAbsolutePath().toString();
        String name = fixture.getFileName().toString();
        Approvals.verify(
                output,
                new Options()
                        .forFile()
                        .withNamer(new NamerWrapper(() -> name, () -> folder))
                        .forFile()
                        .withExtension(".json"));
    }

    @Test
    void everyRuleIsDocumented() {
        for (RuleDescriptor d : RuleCatalog.descriptors()) {
            assertTrue(RuleDescriptor.ID.matcher(d.id()).matches(), d.id());
            assertTrue(d.title().length() > 10 && !d.title().endsWith("."), d.id() + " title");
            assertTrue(d.explanation().length() > 80, d.id() + " explanation with its reason");
            assertFalse(d.example().isBlank(), d.id() + " example");
        }
    }

    /** Every rule has its three words, and no word is left over from a rule that went. */
    @Test
    void everyDocumentationEntryBelongsToARule() throws IOException {
        Properties words = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/org/dmreport/rules/rules.properties"))) {
            words.load(in);
        }
        assertEquals(
                RuleCatalog.descriptors().stream()
                        .flatMap(d -> Stream.of(d.id() + ".example", d.id() + ".explanation", d.id() + ".title"))
                        .sorted()
                        .toList(),
                words.stringPropertyNames().stream().sorted().toList());
    }

    /** Where a rule's words state one of its limits, they state the limit its code applies. */
    @Test
    void theDocumentationStatesTheLimitsTheCodeApplies() {
        String outlier = new CaptureTimeOutlierRule().descriptor().explanation();
        assertTrue(
                outlier.contains("more than " + CaptureTimeOutlierRule.TIMES_USUAL + " times the usual interval"),
                outlier);
        assertTrue(outlier.contains("by more than " + CaptureTimeOutlierRule.LEAST.toDays() + " days"), outlier);
        String counters = new DeprecatedCounterRule().descriptor().explanation();
        assertTrue(counters.contains("at least " + DeprecatedCounterRule.SLACK + "."), counters);
    }

    @Test
    void everyFixtureFolderBelongsToARule() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES).filter(Files::isDirectory)) {
            List<String> names =
                    dirs.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(
                    RuleCatalog.descriptors().stream()
                            .map(RuleDescriptor::id)
                            .sorted()
                            .toList(),
                    names);
        }
    }
}
