package org.dmreport.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dmreport.model.Capture;
import org.dmreport.model.FailedQuery;
import org.dmreport.model.FullResponse;
import org.dmreport.model.Printer;
import org.dmreport.model.Snapshot;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SummaryResponse;

/**
 * What a snapshot tells completely: the subtasks of {@code task} (null: of every task but those in
 * {@code listed}) on {@code sources} (null: on every source) are all in it, so a known subtask that
 * is not there has disappeared (stopped) rather than gone unasked. A summary lists every task, so a
 * task it lacks is gone; of a task it lists it shows no subtask, so it says nothing of them. A full
 * response with several tasks ({@code --more}, {@code -s}, or a summary abandoned for a failed
 * source) tells every task of the sources that answered; {@code query-status TASK} every source of
 * that task; {@code task X has no source or not exist} says X has none. A DM OpenAPI document tells
 * only of the sources it lists (it leaves out a source whose worker did not answer): of every task
 * there ({@code GET /api/v1/tasks?with_status=true}) or of its one task.
 *
 * @param listed   tasks a summary lists: present, with subtasks it does not show
 * @param excluded sources that did not answer: nothing is known of them
 */
public record Coverage(
        Capture capture, int document, String task, Set<String> listed, Set<String> sources, Set<String> excluded) {

    private static final Pattern NO_TASK = Pattern.compile("^task (\\S+) has no source or not exist");

    public Coverage {
        listed = Set.copyOf(listed);
        sources = sources == null ? null : Set.copyOf(sources);
        excluded = Set.copyOf(excluded);
    }

    /** Whether the subtask of {@code t} on {@code s} would be in the snapshot if it existed. */
    public boolean covers(String t, String s) {
        return speaksOf(t) && (sources == null || sources.contains(s)) && !excluded.contains(s);
    }

    /** Whether the snapshot can show {@code t}'s subtasks absent. */
    public boolean speaksOf(String t) {
        return task == null ? !listed.contains(t) : task.equals(t);
    }

    /** What {@code snapshot} covers. */
    public static List<Coverage> of(Snapshot snapshot) {
        Capture capture = snapshot.capture();
        int document = snapshot.document();
        if (snapshot.partial()) {
            return List.of();
        }
        if (snapshot.response() instanceof SummaryResponse summary) {
            Set<String> listed = new LinkedHashSet<>();
            summary.tasks().forEach(t -> listed.add(t.taskName() == null ? "" : t.taskName()));
            return List.of(new Coverage(capture, document, null, listed, null, Set.of()));
        }
        if (snapshot.response() instanceof FailedQuery failed) {
            Matcher m = NO_TASK.matcher(failed.msg() == null ? "" : failed.msg());
            return m.find()
                    ? List.of(new Coverage(capture, document, m.group(1), Set.of(), null, Set.of()))
                    : List.of();
        }
        FullResponse full = (FullResponse) snapshot.response();
        Set<String> tasks = new LinkedHashSet<>();
        Set<String> answered = new LinkedHashSet<>();
        Set<String> silent = new LinkedHashSet<>();
        for (SourceEntry entry : full.sources()) {
            (entry.result() ? answered : silent).add(entry.source());
            for (SubtaskStatus s : entry.subtasks()) {
                tasks.add(s.name() == null ? "" : s.name());
            }
        }
        List<Coverage> coverage = new ArrayList<>();
        if (full.printer().api()) {
            // The API leaves out a source whose worker did not answer: it tells of the sources it lists.
            if (full.printer() == Printer.API_TASK_LIST) {
                coverage.add(new Coverage(capture, document, null, Set.of(), answered, silent));
            } else if (tasks.size() == 1) {
                coverage.add(new Coverage(capture, document, tasks.iterator().next(), Set.of(), answered, silent));
            }
            return coverage;
        }
        if (tasks.size() >= 2) {
            coverage.add(new Coverage(capture, document, null, Set.of(), answered, silent));
        } else if (tasks.size() == 1) {
            coverage.add(new Coverage(capture, document, tasks.iterator().next(), Set.of(), null, silent));
        }
        return coverage;
    }
}
