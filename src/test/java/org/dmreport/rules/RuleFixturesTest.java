package org.dmreport.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
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
 * extra command-line arguments, one per line.
 */
class RuleFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rules");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Set<String> firedRules(Path fixture) throws IOException {
        List<String> args = new ArrayList<>(List.of("check", "-f", "json", "--fail-on", "never"));
        Path extra = fixture.resolve("args");
        if (Files.exists(extra)) {
            Files.readAllLines(extra).stream().filter(l -> !l.isBlank()).forEach(args::add);
        }
        args.add("--exclude");
        args.add("args");
        args.add(fixture.toString());
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertTrue(result.code() == 0 || result.code() == 3, fixture + ": exit " + result.code() + "\n" + result.err());
        Set<String> rules = new TreeSet<>();
        for (JsonNode finding : JSON.readTree(result.out()).get("findings")) {
            rules.add(finding.get("rule").asString());
        }
        return rules;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleFiresOnItsFixtureAndStaysQuietOnTheOther() {
        return RuleCatalog.descriptors().stream().flatMap(d -> Stream.of(
                DynamicTest.dynamicTest(d.id() + " fires", () -> {
                    Path fixture = FIXTURES.resolve(d.id()).resolve("fires");
                    assertTrue(Files.isDirectory(fixture), "no firing fixture " + fixture);
                    assertTrue(firedRules(fixture).contains(d.id()), d.id() + " did not fire on " + fixture);
                }),
                DynamicTest.dynamicTest(d.id() + " stays quiet", () -> {
                    Path fixture = FIXTURES.resolve(d.id()).resolve("quiet");
                    assertTrue(Files.isDirectory(fixture), "no quiet fixture " + fixture);
                    Set<String> fired = firedRules(fixture);
                    assertFalse(fired.contains(d.id()), d.id() + " fired on " + fixture + ": " + fired);
                })));
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

    @Test
    void everyFixtureFolderBelongsToARule() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            List<String> names = dirs.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(RuleCatalog.descriptors().stream().map(RuleDescriptor::id).sorted().toList(), names);
        }
    }
}
