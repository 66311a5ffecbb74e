package org.dmreport.report.findings;

import org.dmreport.report.Renderer;

/** A renderer of {@code check}'s findings (text, json, junit, github, sarif). */
public interface FindingsRenderer extends Renderer<FindingsView> {}
