/** Renderers of {@code dmreport check}'s findings: text, JSON, JUnit XML, SARIF 2.1.0, GitHub annotations. */
package org.dmreport.report.findings;
