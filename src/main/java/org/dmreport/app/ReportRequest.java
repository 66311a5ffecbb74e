package org.dmreport.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * {@code dmreport report}: what to read and check, which part to show, and how. The window shown is
 * the one the check reads ({@link ReadRequest#window()}).
 *
 * @param formats   html, md, csv, json, in the order given
 * @param output    a file (one format) or a directory; "-" for standard output
 * @param tasks     the tasks shown; empty for every task
 * @param clusters  the clusters shown ("" for inputs that name none); empty for every cluster
 * @param templates a folder of templates overriding the shipped ones by name, or null
 * @param csvRaw    leave cells that spreadsheets would evaluate as they are
 * @param generatedAt shown as the time the report was made; null for none
 */
public record ReportRequest(
        CheckRequest check,
        List<String> formats,
        String output,
        Set<String> tasks,
        Set<String> clusters,
        ZoneId zone,
        Path templates,
        boolean csvRaw,
        Instant generatedAt) {
    public ReportRequest {
        formats = List.copyOf(formats);
        tasks = Set.copyOf(tasks);
        clusters = Set.copyOf(clusters);
    }
}
