package org.dmreport.report.template;

import java.io.IOException;
import java.io.Writer;
import org.dmreport.report.Rendered;
import org.dmreport.report.Renderer;
import org.dmreport.report.view.ReportModel;

/**
 * The HTML or Markdown report: one template of {@link Templates} rendered with the view model. The
 * only renderer that can stop part-way, on a template of a team's that cannot be read or rendered.
 */
public final class TemplateRenderer implements Renderer<ReportModel> {

    private final Templates templates;
    private final String template;

    /** Renders {@code template} of {@code templates}. */
    public TemplateRenderer(Templates templates, String template) {
        this.templates = templates;
        this.template = template;
    }

    @Override
    public Rendered render(ReportModel view, Writer out) throws IOException {
        return templates.render(template, view, out);
    }

    @Override
    public boolean canStop() {
        return true;
    }
}
