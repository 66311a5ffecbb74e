package org.dmreport.model;

/** The body of one query-status document, of one of the three kinds. */
public sealed interface Response permits SummaryResponse, FullResponse, FailedQuery {

    /** Which kind this is. */
    DocumentKind kind();

    /** The top-level {@code msg}. */
    String msg();
}
