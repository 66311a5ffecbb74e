package org.dmreport.model;

import java.util.List;

/**
 * The full per-source response, in document order (dmctl's status rule depends on it), as dmctl
 * prints it or as it is mapped from a DM OpenAPI status document ({@code printer}).
 */
public record FullResponse(boolean result, String msg, List<SourceEntry> sources, Where where, Printer printer)
        implements Response {
    public FullResponse {
        sources = List.copyOf(sources);
    }

    /** A response dmctl printed. */
    public FullResponse(boolean result, String msg, List<SourceEntry> sources, Where where) {
        this(result, msg, sources, where, Printer.DMCTL);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.FULL;
    }
}
