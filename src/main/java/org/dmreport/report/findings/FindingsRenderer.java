package org.dmreport.report.findings;

/** Turns a findings view into one output format. Renderers are stateless and deterministic. */
public interface FindingsRenderer {

    /** The format's name as {@code -f} takes it. */
    String format();

    /** The whole output. */
    String render(FindingsView view);
}
