package org.dmreport.app;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How a report is shown.
 *
 * @param zone        the time zone of the times shown
 * @param templates   a folder of templates overriding the shipped ones by name, or null
 * @param csvRaw      leave cells that spreadsheets would evaluate as they are
 * @param generatedAt shown as the time the report was made; null for none
 */
public record ReportStyle(ZoneId zone, Path templates, boolean csvRaw, Instant generatedAt) {}
