package org.dmreport.report;

import java.util.List;
import java.util.Optional;
import org.dmreport.report.csv.CsvTables;
import org.dmreport.report.findings.FindingsView;
import org.dmreport.report.findings.GithubRenderer;
import org.dmreport.report.findings.JsonRenderer;
import org.dmreport.report.findings.JunitRenderer;
import org.dmreport.report.findings.SarifRenderer;
import org.dmreport.report.findings.TextRenderer;
import org.dmreport.report.json.ReportJsonRenderer;
import org.dmreport.report.template.TemplateRenderer;
import org.dmreport.report.template.Templates;
import org.dmreport.report.view.ReportModel;

/**
 * Every renderer by command and format name: what {@code -f} takes is listed here once, for the
 * commands, their help and shell completion alike. {@code report}'s formats are those of
 * {@link ReportFormat}: HTML, Markdown and JSON render the view model, and the CSV tables
 * ({@link CsvTables}) the series it was made from, row by row.
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

    /**
     * The renderer of the view model as {@code report -f format}, the templates taken from
     * {@code templates}; none for {@code csv}, whose tables are made from the series.
     */
    public static Optional<Renderer<ReportModel>> report(ReportFormat format, Templates templates) {
        return Optional.ofNullable(
                switch (format) {
                    case HTML, MD -> new TemplateRenderer(templates, format.key(), format.template());
                    case JSON -> new ReportJsonRenderer();
                    case CSV -> null;
                });
    }
}
