package org.dmreport.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dmreport.report.csv.CsvTables;

/**
 * The formats of {@code report}, each with the files it writes in an output directory and, for
 * those made from templates, the template's name. What {@code -f} takes is listed here once, for
 * the command, its checks of the output and shell completion alike.
 */
public enum ReportFormat {
    HTML("html", List.of("report.html"), "report.html.ftlh"),
    MD("md", List.of("report.md"), "report.md.ftl"),
    CSV("csv", CsvTables.FILES, null),
    JSON("json", List.of("report.json"), null),
    SLACK("slack", List.of("slack.json"), null),
    EMAIL("email", List.of("email.html"), "email.html.ftlh");

    private final String key;
    private final List<String> files;
    private final String template;

    ReportFormat(String key, List<String> files, String template) {
        this.key = key;
        this.files = files;
        this.template = template;
    }

    /** Its name as {@code -f} takes it. */
    public String key() {
        return key;
    }

    /** The files it writes in an output directory, in order. */
    public List<String> files() {
        return files;
    }

    /** The FreeMarker template it is made from, or null when it is not. */
    public String template() {
        return template;
    }

    /** The format named {@code key}. */
    public static Optional<ReportFormat> of(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** Every name {@code -f} takes, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(ReportFormat::key).toList();
    }
}
