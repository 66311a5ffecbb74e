package org.dmreport.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Origin;
import org.dmreport.model.RelayStatus;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.Stage;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SummaryResponse;
import org.dmreport.model.SummaryTask;
import org.dmreport.model.Unit;

/**
 * dmctl's task-status rule (dm-behaviour §4), to the byte. Per task, source entries are visited in
 * document order and each subtask in order; the first matching step wins:
 * <ol>
 * <li>a status starting with {@code Error} sticks;</li>
 * <li>Paused with an error: {@code Error - Some error occurred in subtask};</li>
 * <li>Running in Sync while this entry's relay is Paused or Stopped:
 *     {@code Error - Relay status is X} (X is {@code Error} when the relay has errors);</li>
 * <li>{@code Paused} sticks;</li>
 * <li>the first subtask, or a Paused one, sets the status to its stage name;</li>
 * <li>a different stage makes it {@code Running}.</li>
 * </ol>
 * Error statuses then get the suffix {@code . Please run `query-status TASK` to get more details.}.
 * Sources with {@code result: false} contribute nothing, as in dmctl; their tasks are kept and
 * their sources listed as unknown.
 */
public final class DmctlStatusRule {

    private DmctlStatusRule() {}

    /** Every task of a full response, sorted by task name. */
    public static List<TaskStatus> of(FullResponse response) {
        Map<String, Accumulator> tasks = new LinkedHashMap<>();
        for (SourceEntry entry : response.sources()) {
            for (SubtaskStatus subtask : entry.subtasks()) {
                String name = subtask.name() == null ? "" : subtask.name();
                Accumulator acc = tasks.computeIfAbsent(
                        name, k -> new Accumulator(subtask.where().self()));
                if (!entry.result()) {
                    acc.unknownSources.add(entry.source());
                    continue;
                }
                acc.status = step(acc.status, subtask, entry.relay());
                acc.sources.add(entry.source());
                acc.workers.add(entry.worker());
            }
        }
        Map<String, TaskStatus> sorted = new TreeMap<>();
        tasks.forEach((name, acc) -> sorted.put(
                name,
                new TaskStatus(
                        name,
                        acc.sources.isEmpty() ? TaskStatus.UNKNOWN : withSuffix(acc.status, name),
                        acc.sources,
                        acc.workers,
                        acc.unknownSources,
                        false,
                        acc.origin)));
        return List.copyOf(sorted.values());
    }

    /** The statuses a summary recorded, sorted by task name (the dump's order is Go map order). */
    public static List<TaskStatus> of(SummaryResponse response) {
        Map<String, TaskStatus> sorted = new TreeMap<>();
        for (SummaryTask task : response.tasks()) {
            String name = task.taskName() == null ? "" : task.taskName();
            sorted.put(
                    name,
                    new TaskStatus(
                            name,
                            task.taskStatus() == null ? "" : task.taskStatus(),
                            task.sources(),
                            task.namesWorkers() ? task.sources() : List.of(),
                            List.of(),
                            true,
                            task.where().self()));
        }
        return List.copyOf(sorted.values());
    }

    /** One step of the rule: the status after visiting {@code subtask} of an entry with {@code relay}. */
    static String step(String acc, SubtaskStatus subtask, RelayStatus relay) {
        String stage = subtask.stage() == null ? "" : subtask.stage();
        if (acc.startsWith(TaskStatus.ERROR)) {
            return acc;
        }
        if (Stage.Paused.is(stage) && subtask.hasErrors()) {
            return "Error - Some error occurred in subtask";
        }
        if (Unit.Sync.is(subtask.unit())
                && Stage.Running.is(stage)
                && relay != null
                && (Stage.Paused.is(relay.stage()) || Stage.Stopped.is(relay.stage()))) {
            boolean relayErrors = relay.result() != null && relay.result().hasErrors();
            return "Error - Relay status is " + (relayErrors ? TaskStatus.ERROR : relay.stage());
        }
        if (Stage.Paused.is(acc)) {
            return acc;
        }
        if (acc.isEmpty() || Stage.Paused.is(stage)) {
            return stage;
        }
        if (!acc.equals(stage)) {
            return Stage.Running.name();
        }
        return acc;
    }

    /** Adds dmctl's suffix (since DM 1.0.3) to an error status. */
    static String withSuffix(String status, String task) {
        return status.startsWith(TaskStatus.ERROR)
                ? status + ". Please run `query-status " + task + "` to get more details."
                : status;
    }

    private static final class Accumulator {
        final Origin origin;
        String status = "";
        final List<String> sources = new ArrayList<>();
        final List<String> workers = new ArrayList<>();
        final List<String> unknownSources = new ArrayList<>();

        Accumulator(Origin origin) {
            this.origin = origin;
        }
    }
}
