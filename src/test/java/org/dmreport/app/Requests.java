package org.dmreport.app;

import java.util.List;
import org.dmreport.input.core.ReadLimits;
import org.dmreport.input.core.ReadMode;
import org.dmreport.input.find.CaptureTimes;
import org.dmreport.input.find.ClusterNames;

/** Requests as the command line makes them by default, for tests that run a job in-process. */
public final class Requests {

    private Requests() {}

    /** Reading {@code inputs} with every default, on one thread. */
    public static ReadRequest read(String... inputs) {
        return new ReadRequest(
                new InputSelection(List.of(inputs), List.of(), List.of(), ClusterNames.fromFolders()),
                ReadMode.DEFAULT,
                ReadLimits.DEFAULT,
                CaptureTimes.Policy.of(CaptureTimes.Preference.AUTO),
                1,
                ProgressListener.NONE,
                null,
                ReadWindow.ALL);
    }
}
