package org.dmreport.model;

/** {@code result: false} with no source or task: an unknown task or source was asked for. */
public record FailedQuery(String msg, Where where) implements Response {
    @Override
    public DocumentKind kind() {
        return DocumentKind.FAILED;
    }
}
