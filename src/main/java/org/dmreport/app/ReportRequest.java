package org.dmreport.app;

import java.util.List;
import org.dmreport.report.view.Comparisons;

/**
 * {@code dmreport report}: what to read and check, which part to show, and how. The window shown is
 * the one the check reads ({@link ReadRequest#window()}).
 *
 * @param formats html, md, csv, json, in the order given
 * @param output  a file (one format) or a directory; "-" for standard output
 * @param compare what to compare the report with ({@code --compare}), or null
 */
public record ReportRequest(
        CheckRequest check,
        ReportScope scope,
        ReportStyle style,
        List<String> formats,
        String output,
        Compare compare) {
    public ReportRequest {
        formats = List.copyOf(formats);
    }

    /**
     * The other window or capture set: read and checked like the report's own, then reported the
     * same way so that their figures compare.
     *
     * @param where how a reader names it: "the previous 1d00h", "the captures in before/"
     */
    public record Compare(Comparisons.Against against, ReadRequest read, String where) {}
}
