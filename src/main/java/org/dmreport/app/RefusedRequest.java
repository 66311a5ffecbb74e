package org.dmreport.app;

/**
 * A request that cannot be carried out as asked, found once the inputs are known (an output that is
 * one of the inputs found in a folder): a usage error, said in one line, before anything is read or
 * written.
 */
public final class RefusedRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RefusedRequest(String message) {
        super(message, null, false, false);
    }
}
