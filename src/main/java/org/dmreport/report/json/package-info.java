/** The JSON form of the report: the view model, written by Jackson. */
package org.dmreport.report.json;
