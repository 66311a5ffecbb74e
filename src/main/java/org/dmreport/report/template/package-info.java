/** HTML and Markdown reports from FreeMarker templates; the one place FreeMarker is used. */
package org.dmreport.report.template;
