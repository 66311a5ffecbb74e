package org.dmreport.model;

import java.util.List;

/**
 * One line of a summary: task, status as recorded and sources.
 *
 * @param namesWorkers true for DM 1.0.x, whose summaries list worker addresses ({@code workers}) in
 *                     {@code sources}' place
 */
public record SummaryTask(String taskName, String taskStatus, List<String> sources, boolean namesWorkers, Where where) {
    public SummaryTask {
        sources = List.copyOf(sources);
    }
}
