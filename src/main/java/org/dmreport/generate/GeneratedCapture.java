package org.dmreport.generate;

import java.time.Instant;
import java.util.List;
import org.dmreport.model.FullResponse;

/**
 * One generated capture: what {@code query-status TASK} printed for each task at {@code time}, and
 * the full response of every task that a plain {@code query-status} falls back to when a source
 * did not answer.
 *
 * @param perTask   one full response per task still running, in task order
 * @param allTasks  the response over every task (what {@code query-status --more} prints)
 */
public record GeneratedCapture(
        Instant time, List<String> taskNames, List<FullResponse> perTask, FullResponse allTasks) {
    public GeneratedCapture {
        taskNames = List.copyOf(taskNames);
        perTask = List.copyOf(perTask);
    }
}
