package org.dmreport.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dmreport.report.csv.CsvTables;
import org.dmreport.report.findings.FindingsView;
import org.dmreport.report.json.ReportJsonRenderer;
import org.dmreport.report.json.SlackRenderer;
import org.dmreport.report.template.TemplateRenderer;
import org.dmreport.report.template.Templates;
import org.dmreport.report.view.ReportInput;
import org.dmreport.report.view.ReportModel;
import org.dmreport.rules.RuleDescriptor;

/**
 * Every renderer by command and format name: what {@code -f} takes is listed here once, for the
 * commands, their help and shell completion alike; {@code check}'s formats are those of
 * {@link CheckFormat}, {@code report}'s those of {@link ReportFormat}, whose files are made here too.
 */
public final class Renderers {

    /** The renderers of {@code status}, by format name in the order help lists them. */
    private static final Map<String, Supplier<Renderer<StatusView>>> OF_STATUS =
            ordered(Map.entry("text", StatusTextRenderer::new), Map.entry("json", StatusJsonRenderer::new));

    /** The renderers of {@code rules}, by format name. */
    private static final Map<String, RuleCatalogRenderer> OF_RULES = ordered(
            Map.entry("text", RuleCatalogRenderer.TEXT),
            Map.entry("json", RuleCatalogRenderer.JSON),
            Map.entry("md", RuleCatalogRenderer.MD));

    /** Every format {@code status -f} takes. */
    public static final List<String> STATUS = List.copyOf(OF_STATUS.keySet());

    /** Every format {@code check -f} takes: those of {@link CheckFormat}. */
    public static final List<String> CHECK = CheckFormat.keys();

    /** Every format {@code rules -f} takes. */
    public static final List<String> RULES = List.copyOf(OF_RULES.keySet());

    private Renderers() {}

    @SafeVarargs
    private static <T> Map<String, T> ordered(Map.Entry<String, T>... entries) {
        Map<String, T> map = new LinkedHashMap<>();
        for (Map.Entry<String, T> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(map);
    }

    /** The renderer of {@code status -f format}. */
    public static Optional<Renderer<StatusView>> status(String format) {
        return Optional.ofNullable(OF_STATUS.get(format)).map(Supplier::get);
    }

    /** The renderer of {@code rules -f format}, over the rules' documentation. */
    public static Optional<Renderer<List<RuleDescriptor>>> rules(String format) {
        return Optional.ofNullable(OF_RULES.get(format));
    }

    /** The renderer of {@code check -f format}; {@code color} applies to text only. */
    public static Optional<Renderer<FindingsView>> check(String format, boolean color) {
        return CheckFormat.of(format).map(f -> f.renderer(color));
    }

    /**
     * The files of {@code report -f format} by name, in order, each the output of its renderer: HTML,
     * Markdown and the mail digest (from {@code templates}), JSON and Slack render the view model
     * (asked of {@code model} when written, so it is built beside the tables), and the CSV tables the
     * series it is made from, row by row ({@code csvRaw}: cells a spreadsheet would evaluate left as they are).
     */
    public static Map<String, Output> report(
            ReportFormat format, ReportInput input, Supplier<ReportModel> model, Templates templates, boolean csvRaw) {
        // A switch expression: a format without its renderer does not compile.
        return switch (format) {
            case HTML, MD, EMAIL ->
                Map.of(format.files().get(0), new TemplateRenderer(templates, format.template()).ofLater(model));
            case JSON -> Map.of(format.files().get(0), new ReportJsonRenderer().ofLater(model));
            case SLACK -> Map.of(format.files().get(0), new SlackRenderer().ofLater(model));
            case CSV -> {
                Map<String, Output> tables = new LinkedHashMap<>();
                new CsvTables(csvRaw).renderers().forEach((name, table) -> tables.put(name, table.of(input)));
                yield tables;
            }
        };
    }
}
