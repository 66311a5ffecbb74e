package org.dmreport.report.findings;

import java.io.IOException;
import java.io.Writer;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Folding;
import org.dmreport.model.Printable;
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

    /**
     * A message: carriage returns dropped (a CRLF is a line break, a lone CR would overwrite the
     * line), then escaped.
     */
    private static String data(String text) {
        return escaped(text.replace("\r", ""));
    }

    /** A property (the file, the title), escaped, with its separators. */
    private static String property(String text) {
        return escaped(text).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * The runner's escapes of line breaks and {@code %}; anything else a reader would see acted on
     * (an escape sequence, a bidirectional override) is shown as an escape ({@link Printable}).
     */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int from = 0;
        for (int k = 0; k <= text.length(); k++) {
            char c = k < text.length() ? text.charAt(k) : '\n';
            if (c == '\r' || c == '\n') {
                out.append(Printable.line(text.substring(from, k)).replace("%", "%25"));
                if (k < text.length()) {
                    out.append(c == '\r' ? "%0D" : "%0A");
                }
                from = k + 1;
            }
        }
        return out.toString();
    }
}
