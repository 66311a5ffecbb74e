package org.dmreport.report.findings;

import java.io.IOException;
import java.io.Writer;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Folding;
import org.dmreport.report.Rendered;

/**
 * GitHub Actions workflow commands ({@code ::error file=...,line=...::message}), which the runner
 * shows as annotations on the pull request. Values are escaped as the runner requires.
 */
public final class GithubRenderer implements FindingsRenderer {

    @Override
    public Rendered render(FindingsView view, Writer out) throws IOException {
        for (Finding f : view.active()) {
            String level = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            out.append("::").append(level).append(" file=").append(property(f.input()));
            if (f.line() > 0) {
                out.append(",line=").append(String.valueOf(f.line()));
                if (f.column() > 0) {
                    out.append(",col=").append(String.valueOf(f.column()));
                }
            }
            out.append(",title=").append(property("dmreport " + f.ruleId()));
            out.append("::").append(data(f.message() + Folding.note(f))).append('\n');
        }
        return Rendered.WHOLE;
    }

    /** A message: carriage returns dropped (a CRLF is a line break, a lone CR would overwrite the line), then escaped. */
    private static String data(String text) {
        return escaped(text.replace("\r", ""));
    }

    private static String escaped(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return escaped(text).replace(":", "%3A").replace(",", "%2C");
    }
}
