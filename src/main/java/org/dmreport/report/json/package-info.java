/** JSON writers built on Jackson: DM's own query-status layout, for the sample generator. */
package org.dmreport.report.json;
