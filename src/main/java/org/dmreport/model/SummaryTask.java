package org.dmreport.model;

import java.util.List;

/** One line of a summary: task, status as recorded and sources (DM 1.0: worker addresses). */
public record SummaryTask(String taskName, String taskStatus, List<String> sources, Where where) {
    public SummaryTask {
        sources = List.copyOf(sources);
    }
}
