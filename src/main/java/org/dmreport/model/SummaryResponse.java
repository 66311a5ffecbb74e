package org.dmreport.model;

import java.util.List;

/** {@code query-status} with no argument. Task order is Go map order: random, never compared. */
public record SummaryResponse(boolean result, String msg, List<SummaryTask> tasks, Where where) implements Response {
    public SummaryResponse {
        tasks = List.copyOf(tasks);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.SUMMARY;
    }
}
