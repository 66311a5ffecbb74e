package org.dmreport.report.findings;

import java.util.List;
import java.util.Optional;

/** The findings renderers by format name. */
public final class FindingsRenderers {

    /** Every format {@code check -f} takes. */
    public static final List<String> FORMATS = List.of("text", "json", "junit", "github", "sarif");

    private FindingsRenderers() {}

    /** The renderer of {@code format}; {@code color} applies to text only. */
    public static Optional<FindingsRenderer> of(String format, boolean color) {
        return Optional.ofNullable(
                switch (format) {
                    case "text" -> new TextRenderer(color);
                    case "json" -> new JsonRenderer();
                    case "junit" -> new JunitRenderer();
                    case "github" -> new GithubRenderer();
                    case "sarif" -> new SarifRenderer();
                    default -> null;
                });
    }
}
