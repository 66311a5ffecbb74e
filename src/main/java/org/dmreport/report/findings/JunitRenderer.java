package org.dmreport.report.findings;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Folding;
import org.dmreport.model.Printable;
import org.dmreport.report.Rendered;
import org.dmreport.rules.RuleDescriptor;

/**
 * JUnit XML as CI systems read it, sized by what was found, never by the number of inputs: one
 * {@code testsuite} per rule that ran; in it, one {@code testcase} per place the rule found something
 * (cluster, task and source), or one passing testcase when it found nothing. A testcase fails when a
 * finding of it reaches the threshold: the failure names the first, and its text lists them all (at
 * most {@link #LINES_PER_CASE}, then how many more); findings below the threshold go to
 * {@code system-out}. A day of per-minute captures gives a few hundred testcases, not one per file
 * and rule. Written with the JDK's StAX writer, which escapes. Times are 0: the rules of a run are
 * not timed one by one, and no output depends on the clock.
 */
public final class JunitRenderer implements FindingsRenderer {

    /** Findings listed in one testcase's failure or output: the rest are counted (check -f json has all). */
    static final int LINES_PER_CASE = 100;

    /** Where a rule found something: the testcase's name. */
    private record Case(String cluster, String task, String source) {
        String name() {
            String where = task.isEmpty() && source.isEmpty()
                    ? "documents"
                    : (task.isEmpty() ? "" : "task " + task)
                            + (task.isEmpty() || source.isEmpty() ? "" : " on ")
                            + (source.isEmpty() ? "" : "source " + source);
            return cluster.isEmpty() ? where : where + " in cluster " + cluster;
        }
    }

    @Override
    public Rendered render(FindingsView view, Writer out) throws IOException {
        Map<String, Map<Case, List<Finding>>> byRule = new LinkedHashMap<>();
        view.rules().forEach(r -> byRule.put(r.id(), new TreeMap<>(CASE_ORDER)));
        for (Finding f : view.findings()) {
            byRule.computeIfAbsent(f.ruleId(), k -> new TreeMap<>(CASE_ORDER))
                    .computeIfAbsent(new Case(f.cluster(), f.task(), f.source()), k -> new ArrayList<>())
                    .add(f);
        }
        int tests = 0;
        int failures = 0;
        for (Map<Case, List<Finding>> cases : byRule.values()) {
            tests += Math.max(1, cases.size());
            failures += (int) cases.values().stream()
                    .filter(found -> found.stream().anyMatch(view::fails))
                    .count();
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "dmreport check");
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeCharacters("\n");
            for (RuleDescriptor rule : view.rules()) {
                suite(xml, view, rule, byRule.get(rule.id()));
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

    private static final Comparator<Case> CASE_ORDER =
            Comparator.comparing(Case::cluster).thenComparing(Case::task).thenComparing(Case::source);

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
     * the package: the rule's category is the package and the rule the class, so results group by
     * kind, then by rule.
     */
    static String className(RuleDescriptor rule) {
        return "dmreport." + rule.category().label() + "." + rule.id();
    }

    private static void suite(
            XMLStreamWriter xml, FindingsView view, RuleDescriptor rule, Map<Case, List<Finding>> cases)
            throws XMLStreamException {
        long failures = cases.values().stream()
                .filter(found -> found.stream().anyMatch(view::fails))
                .count();
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", rule.id() + ": " + rule.title());
        xml.writeAttribute("tests", Integer.toString(Math.max(1, cases.size())));
        xml.writeAttribute("failures", Long.toString(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", "0");
        xml.writeCharacters("\n");
        if (cases.isEmpty()) {
            xml.writeCharacters("    ");
            xml.writeEmptyElement("testcase");
            xml.writeAttribute("classname", className(rule));
            xml.writeAttribute("name", "no finding");
            xml.writeAttribute("time", "0");
            xml.writeCharacters("\n");
        }
        for (Map.Entry<Case, List<Finding>> c : cases.entrySet()) {
            List<Finding> failing = c.getValue().stream().filter(view::fails).toList();
            List<Finding> other =
                    c.getValue().stream().filter(f -> !view.fails(f)).toList();
            xml.writeCharacters("    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", className(rule));
            xml.writeAttribute("name", xmlText(c.getKey().name()));
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
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** One line per finding, at most {@link #LINES_PER_CASE}, then how many more. */
    private static String lines(List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        for (Finding f : findings.subList(0, Math.min(LINES_PER_CASE, findings.size()))) {
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
        if (findings.size() > LINES_PER_CASE) {
            out.append("... and ")
                    .append(findings.size() - LINES_PER_CASE)
                    .append(" more (check -f json lists every one)\n");
        }
        return out.toString();
    }
}
