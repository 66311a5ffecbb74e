package org.dmreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dmreport.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

/**
 * Every {@code dmreport} command of the CI recipes ({@code src/site/markdown/ci.md}) runs as
 * written, in the order written, over a copy of the samples: exit 0, and the files each CI reads
 * are there and parse (SARIF and Code Quality as JSON and valid, JUnit as valid XML).
 */
class CiRecipesTest {

    private static final Path RECIPES = Path.of("src/site/markdown/ci.md");
    private static final Pattern COMMAND = Pattern.compile("dmreport (?:check|report|status) [^'\\n]*");

    @TempDir
    Path dir;

    @Test
    void everyDmreportCommandOfTheRecipesRunsAsWritten() throws Exception {
        Path captures = dir.resolve("captures");
        copySamples(captures);
        Map<String, Path> files = Map.of(
                "captures/", captures,
                "dmreport-baseline.txt", dir.resolve("dmreport-baseline.txt"),
                "dmreport.sarif", dir.resolve("dmreport.sarif"),
                "gl-code-quality.json", dir.resolve("gl-code-quality.json"),
                "dmreport-junit.xml", dir.resolve("dmreport-junit.xml"));
        List<String> commands = new ArrayList<>();
        Matcher m = COMMAND.matcher(Files.readString(RECIPES));
        while (m.find()) {
            commands.add(m.group().strip());
        }
        assertEquals(5, commands.size(), commands.toString());
        runAll(commands.stream().map(c -> c.substring("dmreport ".length())).toList(), files);
        ObjectMapper json = new ObjectMapper();
        CheckCommandTest.validateSarif(Files.readString(files.get("dmreport.sarif")));
        CheckCommandTest.validateCodeClimate(Files.readString(files.get("gl-code-quality.json")));
        CheckCommandTest.validateJunit(Files.readString(files.get("dmreport-junit.xml")));
        assertTrue(json.readTree(Files.readString(files.get("dmreport.sarif"))).has("runs"));
        assertTrue(Files.readString(files.get("dmreport-baseline.txt")).startsWith("# dmreport baseline"));
    }

    @Test
    void theReadmeLinksTheRecipes() throws IOException {
        assertTrue(Files.readString(Path.of("README.md")).contains("(src/site/markdown/ci.md)"));
    }

    /** The README's quick start and its recipes for the three jobs run as written over the samples. */
    @Test
    void theReadmesJobRecipesRunAsWritten() throws Exception {
        Path captures = dir.resolve("archive");
        copySamples(captures);
        Map<String, Path> paths = Map.of(
                "/var/lib/dm-captures/", captures,
                "captures/", captures,
                "last-night/", dir.resolve("last-night"),
                "report/", dir.resolve("report"),
                "/srv/reports/today/", dir.resolve("today"),
                "dmreport-baseline.txt", dir.resolve("dmreport-baseline.txt"),
                "dmreport.sarif", dir.resolve("dmreport.sarif"));
        Matcher m = Pattern.compile("bin/dmreport ((?:check|report) [^#\\n]*)")
                .matcher(Files.readString(Path.of("README.md")));
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            commands.add(m.group(1).strip());
        }
        assertEquals(6, commands.size(), commands.toString());
        runAll(commands, paths);
        assertTrue(Files.isRegularFile(dir.resolve("last-night/report.html")));
        assertTrue(Files.readString(dir.resolve("last-night/report.md")).contains("2026-11-27 06:00:00"));
        CheckCommandTest.validateSarif(Files.readString(dir.resolve("dmreport.sarif")));
    }

    /** Runs each command's words in order, a word that names a path replaced by its place here: each exits 0. */
    private static void runAll(List<String> commands, Map<String, Path> paths) {
        for (String command : commands) {
            String[] args = Arrays.stream(command.split(" +"))
                    .map(w -> paths.containsKey(w) ? paths.get(w).toString() : w)
                    .toArray(String[]::new);
            Cli.Result result = Cli.run(args);
            assertEquals(0, result.code(), command + "\n" + result.err());
        }
    }

    private static void copySamples(Path to) throws IOException {
        try (Stream<Path> folders = Files.list(TestFiles.samples().resolve("captures"))) {
            for (Path folder : folders.toList()) {
                Path copy = Files.createDirectories(to.resolve(folder.getFileName()));
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.toList()) {
                        Files.copy(f, copy.resolve(f.getFileName()));
                    }
                }
            }
        }
    }
}
