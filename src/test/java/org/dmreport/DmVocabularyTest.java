package org.dmreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dmreport.model.Stage;
import org.dmreport.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * DM's stages, units and task statuses are named by {@link Stage}, {@link Unit} and {@code
 * TaskStatus}, never written as string literals through the analysis and the rules, so that a
 * misspelt stage cannot compile. The mapper (which reads DM's words), the renderers (which write
 * them) and the generator (which writes DM's output) are where the words themselves belong.
 */
class DmVocabularyTest {

    private static final Path MAIN = Path.of("src/main/java/org/dmreport");
    private static final List<String> WORDS_BELONG = List.of(
            "input/map/", "report/", "generate/", "analysis/TaskStatus.java", "model/Stage.java", "model/Unit.java");

    @Test
    void noStageUnitOrStatusIsAStringLiteralOutsideTheMapperAndTheRenderers() throws IOException {
        List<String> words = new ArrayList<>();
        for (Stage s : Stage.values()) {
            words.add(s.name());
        }
        for (Unit u : Unit.values()) {
            words.add(u.name());
        }
        words.addAll(List.of("Error", "Unknown"));
        Pattern literal = Pattern.compile("\"(" + String.join("|", words) + ")\"");
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                if (WORDS_BELONG.stream().anyMatch(relative::startsWith)) {
                    continue;
                }
                scanned++;
                List<String> lines = Files.readAllLines(file);
                for (int k = 0; k < lines.size(); k++) {
                    Matcher m = literal.matcher(lines.get(k));
                    if (m.find()) {
                        found.add(relative + ":" + (k + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(scanned > 100, "the scan reads the sources: " + scanned);
        assertEquals(List.of(), found);
    }
}
