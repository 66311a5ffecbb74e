package org.dmreport.app;

import java.util.List;

/**
 * {@code dmreport report}: what to read and check, which part to show, and how. The window shown is
 * the one the check reads ({@link ReadRequest#window()}).
 *
 * @param formats html, md, csv, json, in the order given
 * @param output  a file (one format) or a directory; "-" for standard output
 */
public record ReportRequest(
        CheckRequest check, ReportScope scope, ReportStyle style, List<String> formats, String output) {
    public ReportRequest {
        formats = List.copyOf(formats);
    }
}
