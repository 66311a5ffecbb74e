package org.dmreport.report.findings;

import java.io.IOException;
import java.io.Writer;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Folding;
import org.dmreport.findings.Severity;
import org.dmreport.model.Printable;
import org.dmreport.report.Rendered;

/**
 * The human form: one line per finding, {@code PATH:LINE: severity [RULE] message}, as compilers
 * and linters print them so that editors can jump to the place. Baselined findings are left out.
 * Colour (ANSI) only when asked, which the command line does only on a terminal.
 */
public final class TextRenderer implements FindingsRenderer {

    private final boolean color;

    public TextRenderer(boolean color) {
        this.color = color;
    }

    @Override
    public Rendered render(FindingsView view, Writer out) throws IOException {
        for (Finding f : view.active()) {
            out.append(Printable.line(f.input()))
                    .append(':')
                    .append(String.valueOf(f.line()))
                    .append(": ")
                    .append(severity(f.severity()))
                    .append(" [")
                    .append(f.ruleId())
                    .append("] ")
                    .append(Printable.line(f.message()))
                    .append(Folding.note(f))
                    .append('\n');
        }
        return Rendered.WHOLE;
    }

    private String severity(Severity s) {
        if (!color) {
            return s.label();
        }
        String code = switch (s) {
            case ERROR -> "31;1";
            case WARNING -> "33";
            case INFO -> "36";
        };
        return "\u001b[" + code + "m" + s.label() + "\u001b[0m";
    }
}
