package org.dmreport.report.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.dmreport.report.Rendered;

/**
 * The report templates: the ones shipped in the jar under {@code templates/}, each of
 * which a team can override by putting a file of the same name in {@code --templates DIR}.
 * FreeMarker is configured once, for safety and reproducibility: pinned incompatible-improvements,
 * exceptions rethrown and never logged, {@code ?new} and {@code ?api} disabled, UTF-8, root locale,
 * UTC, {@code .ftlh} auto-escaped as HTML ({@link EscapingOutputFormat#HTML}) and {@code .md.ftl} as
 * Markdown.
 */
public final class Templates {

    private final Configuration configuration;

    /** The shipped templates, and those of {@code overrides} first when not null. */
    public Templates(Path overrides) throws IOException {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader shipped = new ClassTemplateLoader(Templates.class, "/templates");
        c.setTemplateLoader(
                overrides == null
                        ? shipped
                        : new MultiTemplateLoader(
                                new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), shipped}));
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        // The output formats come from the template configurations below, by the same file endings.
        c.setRecognizeStandardFileExtensions(false);
        c.setLocalizedLookup(false);
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(EscapingOutputFormat.MARKDOWN);
        TemplateConfiguration html = new TemplateConfiguration();
        html.setOutputFormat(EscapingOutputFormat.HTML);
        c.setRegisteredCustomOutputFormats(List.of(EscapingOutputFormat.MARKDOWN, EscapingOutputFormat.HTML));
        c.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown),
                new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.ftlh"), html)));
        this.configuration = c;
    }

    /**
     * Renders template {@code name} with {@code model} as the variable {@code report} into
     * {@code out}, as it goes: a report of a month is never held whole. A template that cannot be
     * read or rendered stops it, part of it written; the problem names the template and its line.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public Rendered render(String name, Object model, Writer out) throws IOException {
        Template template;
        try {
            template = configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            return Rendered.stopped("template " + name + " not found");
        } catch (ParseException e) {
            return parseProblem(e);
        } catch (IOException e) {
            return Rendered.stopped("template " + name + " cannot be read: " + e.getMessage());
        }
        try {
            template.process(Map.of("report", model), out);
            return Rendered.WHOLE;
        } catch (TemplateNotFoundException e) {
            return Rendered.stopped("template " + name + " not found");
        } catch (ParseException e) {
            return parseProblem(e);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            String expression = e.getBlamedExpressionString() == null
                    ? ""
                    : " (the value of ${" + e.getBlamedExpressionString() + "})";
            return Rendered.stopped("template " + where + ", line " + e.getLineNumber() + ": "
                    + firstLine(e.getMessageWithoutStackTop()) + expression);
        } catch (StackOverflowError e) {
            // A team's macro or include that calls itself without end: the stack is unwound by now.
            return Rendered.stopped("template " + name
                    + ": recursion too deep (a macro, function or include that calls itself without end)");
        }
    }

    /** A template (this one or one it includes) that does not parse. */
    private static Rendered parseProblem(ParseException e) {
        return Rendered.stopped("template " + e.getTemplateName() + ", line " + e.getLineNumber() + ": "
                + firstLine(e.getEditorMessage()));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int cut = text.indexOf('\n');
        return (cut < 0 ? text : text.substring(0, cut)).strip();
    }
}
