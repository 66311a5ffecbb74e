package org.dmreport.model;

import java.util.List;

/**
 * One entry of a full response: a {@code sources[]} element (DM 2.0+) or a {@code workers[]}
 * element (1.0), in which case {@code source} is the worker's {@code sourceID} when it printed one,
 * else the worker address.
 *
 * @param result       the entry's {@code result}; false means its tasks' state is unknown
 * @param sourceResult {@code sourceStatus.result}: worker and, since v26.3, upstream errors
 */
public record SourceEntry(
        boolean result,
        String msg,
        String source,
        String worker,
        ProcessResult sourceResult,
        RelayStatus relay,
        List<SubtaskStatus> subtasks,
        Where where) {
    public SourceEntry {
        subtasks = List.copyOf(subtasks);
    }
}
