package org.dmreport.analysis;

import java.util.List;
import org.dmreport.model.Origin;

/**
 * One task's status in one snapshot, as dmctl prints or would print it.
 *
 * @param taskStatus     dmctl's string exactly, or {@link #UNKNOWN} when no source that answered has
 *                       the task (dmctl would leave it out)
 * @param sources        the source of each subtask dmctl visited, in visiting order (a DM 1.0 summary lists
 *                       worker addresses here, as it printed them)
 * @param workers        the worker of each subtask visited; for a DM 1.0 summary the workers it lists, and
 *                       empty for later summaries, which list sources
 * @param unknownSources sources that did not answer ({@code result: false}) and name this task
 * @param recorded       true when the status was recorded in a summary dump, not recomputed
 * @param origin         the summary's task entry, or the first subtask visited
 */
public record TaskStatus(
        String taskName,
        String taskStatus,
        List<String> sources,
        List<String> workers,
        List<String> unknownSources,
        boolean recorded,
        Origin origin) {

    /** The status of a task none of whose sources answered. */
    public static final String UNKNOWN = "Unknown";

    /** What the status of a task with an error starts with: {@code Error - Some error occurred in subtask...}. */
    public static final String ERROR = "Error";

    public TaskStatus {
        sources = List.copyOf(sources);
        workers = List.copyOf(workers);
        unknownSources = List.copyOf(unknownSources);
    }
}
