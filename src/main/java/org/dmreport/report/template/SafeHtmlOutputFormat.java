package org.dmreport.report.template;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import freemarker.template.utility.StringUtil;
import java.io.IOException;
import java.io.Writer;
import org.dmreport.model.Printable;

/**
 * HTML as FreeMarker escapes it ({@code < > & " '}), and what a browser would act on besides shown
 * as its escape ({@link Printable#text}): a bidirectional override in a task name would reorder the
 * text around it, and a control character is not allowed in an HTML document at all. Every
 * {@code .ftlh} template is escaped with it.
 */
public final class SafeHtmlOutputFormat extends CommonMarkupOutputFormat<SafeHtmlOutputFormat.Model> {

    public static final SafeHtmlOutputFormat INSTANCE = new SafeHtmlOutputFormat();

    private SafeHtmlOutputFormat() {}

    @Override
    public String getName() {
        return "SafeHTML";
    }

    @Override
    public String getMimeType() {
        return "text/html";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String text) {
        return StringUtil.XHTMLEnc(Printable.text(text));
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return builtInName.equals("html") || builtInName.equals("xml") || builtInName.equals("xhtml");
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** An HTML fragment. */
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public SafeHtmlOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
