package org.dmreport.report.findings;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Folding;
import org.dmreport.model.Printable;
import org.dmreport.report.Rendered;
import org.dmreport.rules.RuleDescriptor;

/**
 * JUnit XML as CI systems read it: one {@code testsuite} per input, one {@code testcase} per rule
 * that ran, a {@code failure} where the rule found something at or above the threshold (all its
 * findings in the failure's text), and findings below it in {@code system-out}. Written with the
 * JDK's StAX writer, which escapes. Times are 0: the rules of a run are not timed one by one, and
 * no output depends on the clock.
 */
public final class JunitRenderer implements FindingsRenderer {

    @Override
    public Rendered render(FindingsView view, Writer out) throws IOException {
        Map<String, List<Finding>> byInput = new LinkedHashMap<>();
        view.inputs().forEach(i -> byInput.put(i, new ArrayList<>()));
        for (Finding f : view.findings()) {
            byInput.computeIfAbsent(f.input(), k -> new ArrayList<>()).add(f);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            int totalFailures = (int) view.findings().stream()
                    .filter(view::fails)
                    .map(f -> f.input() + "\u0000" + f.ruleId())
                    .distinct()
                    .count();
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "dmreport check");
            xml.writeAttribute(
                    "tests", Integer.toString(byInput.size() * view.rules().size()));
            xml.writeAttribute("failures", Integer.toString(totalFailures));
            xml.writeCharacters("\n");
            for (Map.Entry<String, List<Finding>> input : byInput.entrySet()) {
                suite(xml, view, input.getKey(), input.getValue());
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            // StAX wraps the writer's I/O errors: a full disk is an output failure, not a bug.
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("writing JUnit XML failed", e);
        }
        return Rendered.WHOLE;
    }

    /**
     * Text XML 1.0 can hold: StAX escapes markup but writes any character, and control characters
     * (a NUL, an ESC from a document's string) or U+FFFE and U+FFFF make the file unreadable. They
     * are written as escapes, as every one-line form writes them.
     */
    static String xmlText(String text) {
        return Printable.line(text).replace("\ufffe", "\\ufffe").replace("\uffff", "\\uffff");
    }

    /**
     * Jenkins and GitLab take what follows a class name's last dot as the class and the rest as
     * the package: the input (its dots made underscores, so that {@code .json} is no class) is the
     * package, and the rule's category the class, so findings group by file, then by kind.
     */
    static String className(String input, RuleDescriptor rule) {
        return input.replace('.', '_') + "." + rule.category().label();
    }

    private static void suite(XMLStreamWriter xml, FindingsView view, String input, List<Finding> findings)
            throws XMLStreamException {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        int failures = 0;
        for (RuleDescriptor rule : view.rules()) {
            if (byRule.getOrDefault(rule.id(), List.of()).stream().anyMatch(view::fails)) {
                failures++;
            }
        }
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", xmlText(input));
        xml.writeAttribute("tests", Integer.toString(view.rules().size()));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", "0");
        xml.writeCharacters("\n");
        for (RuleDescriptor rule : view.rules()) {
            List<Finding> found = byRule.getOrDefault(rule.id(), List.of());
            List<Finding> failing = found.stream().filter(view::fails).toList();
            List<Finding> other = found.stream().filter(f -> !view.fails(f)).toList();
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", xmlText(className(input, rule)));
            xml.writeAttribute("name", rule.id() + ": " + rule.title());
            xml.writeAttribute("time", "0");
            if (!failing.isEmpty()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("failure");
                xml.writeAttribute("type", failing.get(0).severity().label());
                xml.writeAttribute(
                        "message",
                        xmlText(failing.get(0).message())
                                + Folding.note(failing.get(0))
                                + (failing.size() > 1 ? " (and " + (failing.size() - 1) + " more)" : ""));
                xml.writeCharacters(lines(failing));
                xml.writeEndElement();
            }
            if (!other.isEmpty()) {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(lines(other));
                xml.writeEndElement();
            }
            if (!failing.isEmpty() || !other.isEmpty()) {
                xml.writeCharacters("\n    ");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static String lines(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings) {
            out.append(xmlText(f.input()))
                    .append(':')
                    .append(f.line())
                    .append(": ")
                    .append(f.severity().label())
                    .append(f.baselined() ? " (baselined)" : "")
                    .append(' ')
                    .append(xmlText(f.message()))
                    .append(Folding.note(f))
                    .append('\n');
        }
        return out.toString();
    }
}
