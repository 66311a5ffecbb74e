package org.dmreport.rules;

import org.dmreport.model.Capture;
import org.dmreport.model.Origin;

/** Where a finding points: a document of an input, a place in it, and the task and source concerned. */
public record Place(Capture capture, int document, Origin origin, String task, String source) {

    /** A place in a document about no task or source in particular. */
    public static Place of(Capture capture, int document, Origin origin) {
        return new Place(capture, document, origin, "", "");
    }
}
