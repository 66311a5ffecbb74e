package org.dmreport.analysis;

import org.dmreport.model.Capture;
import org.dmreport.model.Origin;

/**
 * One source entry in one snapshot, reduced to what source health needs.
 *
 * @param answered   false for {@code result: false}: the source's tasks are in an unknown state
 * @param relayStage null when the entry has no relay status
 * @param relayError the first relay error message, "" when none
 */
public record SourcePoint(
        Capture capture,
        int document,
        Origin origin,
        String source,
        String worker,
        boolean answered,
        String msg,
        String relayStage,
        String relayError,
        Origin relayOrigin) {}
