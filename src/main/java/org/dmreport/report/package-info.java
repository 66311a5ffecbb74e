/** Renderers: each turns one prepared view into one output format. */
package org.dmreport.report;
