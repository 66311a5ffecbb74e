/**
 * The report's view model, built once from the analysis and rendered by every report format:
 * labels, groupings, counts and chart geometry are computed here, so templates only format.
 */
package org.dmreport.report.view;
