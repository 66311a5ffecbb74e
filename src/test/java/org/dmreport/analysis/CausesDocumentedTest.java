package org.dmreport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.dmreport.findings.Episode;
import org.junit.jupiter.api.Test;

/** The README's table of causes is {@link Causes#LINKS}, row for row: one table, never two that drift. */
class CausesDocumentedTest {

    private static final String START = "<!-- causes:start -->\n";
    private static final String END = "<!-- causes:end -->";

    static String table() {
        StringBuilder md = new StringBuilder("| cause | leads to | where | why, in DM |\n|---|---|---|---|\n");
        for (Causes.Link link : Causes.LINKS) {
            md.append("| ")
                    .append(link.cause().label())
                    .append(" | ")
                    .append(link.consequences().stream()
                            .sorted(Comparator.naturalOrder())
                            .map(Episode.Kind::label)
                            .collect(Collectors.joining(", ")))
                    .append(" | ")
                    .append(link.scope().label())
                    .append(" | ")
                    .append(link.reason())
                    .append(" |\n");
        }
        return md.toString();
    }

    @Test
    void theReadmeTableIsTheLinks() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int from = readme.indexOf(START);
        int to = readme.indexOf(END);
        String documented = from < 0 || to < from ? "" : readme.substring(from + START.length(), to);
        assertEquals(table(), documented, "put this table between the causes markers of README.md");
    }
}
