package org.dmreport.model;

import java.util.List;

/** The full per-source response, in document order (dmctl's status rule depends on it). */
public record FullResponse(boolean result, String msg, List<SourceEntry> sources, Where where) implements Response {
    public FullResponse {
        sources = List.copyOf(sources);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.FULL;
    }
}
