package org.dmreport.report.template;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dmreport.model.Printable;
import org.dmreport.report.MarkdownText;

/**
 * A FreeMarker output format whose auto-escaping is one of ours, so that everything interpolated
 * into a template is escaped as its format needs: {@link #MARKDOWN} for {@code .md.ftl} templates,
 * {@link #HTML} for {@code .ftlh}.
 */
public final class EscapingOutputFormat extends CommonMarkupOutputFormat<EscapingOutputFormat.Model> {

    /** GitHub-flavoured Markdown, escaped as {@link MarkdownText} escapes it. */
    public static final EscapingOutputFormat MARKDOWN =
            new EscapingOutputFormat("Markdown", "text/markdown", MarkdownText::escape, Set.of());

    /**
     * HTML as FreeMarker escapes it ({@code < > & " '}), and what a browser would act on besides
     * shown as its escape ({@link Printable#text}): a bidirectional override in a task name would
     * reorder the text around it, and a control character is not allowed in an HTML document.
     */
    public static final EscapingOutputFormat HTML = new EscapingOutputFormat(
            "SafeHTML", "text/html", text -> StringUtil.XHTMLEnc(Printable.text(text)), Set.of("html", "xhtml", "xml"));

    private final String name;
    private final String mimeType;
    private final UnaryOperator<String> escape;
    /** The legacy escaping built-ins that are no-ops here, as the output already escapes. */
    private final Set<String> bypassed;

    private EscapingOutputFormat(String name, String mimeType, UnaryOperator<String> escape, Set<String> bypassed) {
        this.name = name;
        this.mimeType = mimeType;
        this.escape = escape;
        this.bypassed = bypassed;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getMimeType() {
        return mimeType;
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String text) {
        return escape.apply(text);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return bypassed.contains(builtInName);
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(this, plainTextContent, markupContent);
    }

    /** A fragment of the format's markup. */
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        private final EscapingOutputFormat format;

        Model(EscapingOutputFormat format, String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
            this.format = format;
        }

        @Override
        public EscapingOutputFormat getOutputFormat() {
            return format;
        }
    }
}
