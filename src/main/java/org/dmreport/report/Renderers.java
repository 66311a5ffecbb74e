package org.dmreport.report;

import java.util.List;
import java.util.Optional;
import org.dmreport.report.findings.FindingsView;
import org.dmreport.report.findings.GithubRenderer;
import org.dmreport.report.findings.JsonRenderer;
import org.dmreport.report.findings.JunitRenderer;
import org.dmreport.report.findings.SarifRenderer;
import org.dmreport.report.findings.TextRenderer;

/**
 * Every renderer by command and format name: what {@code -f} takes is listed here once, for the
 * commands, their help and shell completion alike. {@code report} writes its files with
 * {@code ReportJob}, which renders the HTML and Markdown templates, the CSV tables and the JSON
 * model from one view model.
 */
public final class Renderers {

    /** Every format {@code status -f} takes. */
    public static final List<String> STATUS = List.of("text", "json");

    /** Every format {@code check -f} takes. */
    public static final List<String> CHECK = List.of("text", "json", "junit", "github", "sarif");

    private Renderers() {}

    /** The renderer of {@code status -f format}. */
    public static Optional<Renderer<StatusView>> status(String format) {
        return Optional.ofNullable(
                switch (format) {
                    case "text" -> new StatusTextRenderer();
                    case "json" -> new StatusJsonRenderer();
                    default -> null;
                });
    }

    /** The renderer of {@code check -f format}; {@code color} applies to text only. */
    public static Optional<Renderer<FindingsView>> check(String format, boolean color) {
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
