package org.dmreport.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Finding;
import org.dmreport.model.DocumentKind;
import org.dmreport.model.Stage;

/**
 * A task's health verdict: its latest dmctl status, and the health episodes of the findings that
 * reach its latest capture, so that the report and {@code check} never disagree. Episodes are read
 * by their kind and span, never by the rule that found them or the names of its evidence.
 */
public final class Health {

    /** The verdicts, from the worst to the best: a cluster is as bad as its worst task. */
    public enum Verdict {
        ERROR,
        UNKNOWN,
        BLOCKED,
        STALLED,
        LAGGING,
        PAUSED,
        STOPPED,
        HEALTHY,
        FINISHED;

        /** How a reader sees it: {@code Blocked}. */
        public String label() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }

        /** Its CSS class: {@code blocked}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A task's verdict, what it rests on, and its latest dmctl status. */
    public record Judgement(Verdict verdict, String evidence, String status) {}

    /** The episodes that make a task Blocked, Stalled or Lagging while they reach its latest capture, in that order. */
    private static final List<Episode.Kind> OPEN =
            List.of(Episode.Kind.LOCK_BLOCKED, Episode.Kind.LAGGING, Episode.Kind.STALLED);

    private final List<SnapshotStatus> statuses;
    private final List<Finding> findings;
    private final Function<Instant, String> shown;

    /** Judges tasks by {@code statuses} and {@code findings}; {@code shown} writes a time as the reader sees it. */
    public Health(List<SnapshotStatus> statuses, List<Finding> findings, Function<Instant, String> shown) {
        this.statuses = statuses;
        this.findings = findings;
        this.shown = shown;
    }

    public Judgement of(String task) {
        SnapshotStatus latestDoc = null;
        TaskStatus latest = null;
        for (SnapshotStatus s : statuses) {
            for (TaskStatus t : s.tasks()) {
                if (t.taskName().equals(task)
                        && (latestDoc == null
                                || newer(s, latestDoc)
                                || sameTime(s, latestDoc)
                                        && !(latestDoc.kind() == DocumentKind.FULL
                                                && s.kind() == DocumentKind.SUMMARY))) {
                    latestDoc = s;
                    latest = t;
                }
            }
        }
        String status = latest == null ? TaskStatus.UNKNOWN : latest.taskStatus();
        Instant at = latestDoc == null ? null : latestDoc.capture().capturedAt();
        Instant gone = goneSince(task, at);
        if (gone != null) {
            return new Judgement(
                    Verdict.STOPPED, "not in the captures since " + shown.apply(gone) + " (stopped by hand?)", status);
        }
        if (status.startsWith(TaskStatus.ERROR)) {
            return new Judgement(
                    Verdict.ERROR,
                    open(task, at, Set.of(Episode.Kind.PAUSED_ON_ERROR, Episode.Kind.RELAY_PAUSED))
                            .orElse(status),
                    status);
        }
        if (status.equals(TaskStatus.UNKNOWN)
                || latest != null && !latest.unknownSources().isEmpty()) {
            return new Judgement(
                    Verdict.UNKNOWN,
                    latest == null
                            ? "no source that answered has this task"
                            : "sources did not answer: " + String.join(", ", latest.unknownSources()),
                    status);
        }
        for (Episode.Kind kind : OPEN) {
            Optional<String> open = open(task, at, Set.of(kind));
            if (open.isPresent()) {
                Verdict verdict = kind == Episode.Kind.LOCK_BLOCKED
                        ? Verdict.BLOCKED
                        : kind == Episode.Kind.LAGGING ? Verdict.LAGGING : Verdict.STALLED;
                return new Judgement(verdict, open.get(), status);
            }
        }
        if (Stage.Paused.is(status)) {
            return new Judgement(Verdict.PAUSED, "paused without an error (by hand?)", status);
        }
        if (Stage.Stopped.is(status)) {
            return new Judgement(Verdict.STOPPED, "every subtask is Stopped", status);
        }
        if (Stage.Finished.is(status)) {
            return new Judgement(Verdict.FINISHED, "every subtask finished", status);
        }
        return new Judgement(Verdict.HEALTHY, "dmctl says " + status + "; no health finding is open", status);
    }

    private static boolean newer(SnapshotStatus candidate, SnapshotStatus current) {
        Instant a = current.capture().capturedAt();
        Instant b = candidate.capture().capturedAt();
        return b != null && (a == null || b.isAfter(a));
    }

    /** At one capture time a full response's recomputed status is preferred to a summary's. */
    private static boolean sameTime(SnapshotStatus candidate, SnapshotStatus current) {
        return Objects.equals(
                candidate.capture().capturedAt(), current.capture().capturedAt());
    }

    /** When the task stopped appearing: a later summary or complete response without it. */
    private Instant goneSince(String task, Instant latest) {
        if (latest == null) {
            return null;
        }
        for (SnapshotStatus s : statuses) {
            Instant t = s.capture().capturedAt();
            if (t != null
                    && t.isAfter(latest)
                    && s.kind() == DocumentKind.SUMMARY
                    && !s.partial()
                    && s.tasks().stream().noneMatch(x -> x.taskName().equals(task))) {
                return t;
            }
        }
        return null;
    }

    /** The message of the first finding of the task with an episode of {@code kinds} that reaches {@code at}. */
    private Optional<String> open(String task, Instant at, Set<Episode.Kind> kinds) {
        return findings.stream()
                .filter(f -> f.episode() != null
                        && kinds.contains(f.episode().kind())
                        && f.task().equals(task)
                        && (at == null || f.episode().until().equals(at)))
                .map(f -> f.source() + ": " + f.message())
                .findFirst();
    }
}
