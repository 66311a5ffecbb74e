package org.dmreport.findings;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One thing a rule found.
 *
 * @param ruleId     the rule's stable ID
 * @param severity   after the user's {@code --severity} overrides
 * @param input      the input as shown to the user
 * @param cluster    the DM cluster the finding concerns, "" when the inputs name none
 * @param document   1-based document index in the input; 0 for the input as a whole
 * @param capturedAt capture time of that document, or null
 * @param pointer    JSON pointer in the document ("" for the document or input)
 * @param line       1-based line, 0 when unknown
 * @param task       the task concerned, "" when none
 * @param source     the source concerned, "" when none
 * @param evidence   named facts behind the message, sorted by name
 * @param baselined  true when a baseline accepts this finding: it is counted, never fails
 * @param occurrences in how many captures in a row it was found ({@link Folding}); the fields above
 *                   are those of the first, {@code last} those of the last
 * @param last       where it was found last, when {@code occurrences} is more than 1; else null
 * @param episode    the health episode or event the finding reports, typed; null for the others
 * @param incident   the id of the incident its episode belongs to, "" for a finding of no episode
 */
public record Finding(
        String ruleId,
        Severity severity,
        Category category,
        String input,
        String cluster,
        int document,
        Instant capturedAt,
        String pointer,
        int line,
        int column,
        String task,
        String source,
        String message,
        Map<String, String> evidence,
        boolean baselined,
        int occurrences,
        Occurrence last,
        Episode episode,
        String incident) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(incident, "incident");
        evidence = Collections.unmodifiableMap(new TreeMap<>(evidence));
    }

    /** Where a repeated finding was found last. */
    public record Occurrence(String input, int document, Instant capturedAt, int line, int column) {}

    /** This finding's own place, as an occurrence. */
    public Occurrence here() {
        return new Occurrence(input, document, capturedAt, line, column);
    }

    /**
     * Whether it fails a run whose threshold is {@code failOn} (null for {@code never}): at or above
     * it, and not accepted by a baseline. The one statement of {@code --fail-on}.
     */
    public boolean fails(Severity failOn) {
        return failOn != null && !baselined && severity.atLeast(failOn);
    }

    /** The same finding, accepted by a baseline. */
    public Finding asBaselined() {
        return with(message, evidence, true, occurrences, last, episode, incident);
    }

    /** The same finding, its episode part of incident {@code id}. */
    public Finding inIncident(String id) {
        return with(message, evidence, baselined, occurrences, last, episode, id);
    }

    /**
     * This health finding with its episode starting at {@code start}, before the window it was
     * found in: its evidence and message say so. {@code atLeast} when the true start lies further
     * back still, beyond how far the run looked.
     */
    public Finding startingAt(Instant start, boolean atLeast) {
        Map<String, String> moved = new TreeMap<>(evidence);
        moved.put("from", start.toString());
        moved.put("beganBeforeWindow", atLeast ? "at least since " + start : start.toString());
        return with(
                message + (atLeast ? "; it began before " : "; it began at ") + start + ", before the window",
                moved,
                baselined,
                occurrences,
                last,
                new Episode(episode.kind(), start, episode.until(), episode.subject()),
                incident);
    }

    /** This finding, found {@code count} times in a row, the last time at {@code at}. */
    Finding repeated(int count, Occurrence at) {
        return with(message, evidence, baselined, count, count > 1 ? at : null, episode, incident);
    }

    /**
     * This finding with the parts that may change after a rule reported it: its story (message,
     * evidence and episode, when its true start is found), baseline, repetition and incident.
     */
    private Finding with(
            String text,
            Map<String, String> facts,
            boolean isBaselined,
            int count,
            Occurrence lastAt,
            Episode about,
            String incidentId) {
        return new Finding(
                ruleId,
                severity,
                category,
                input,
                cluster,
                document,
                capturedAt,
                pointer,
                line,
                column,
                task,
                source,
                text,
                facts,
                isBaselined,
                count,
                lastAt,
                about,
                incidentId);
    }

    /**
     * What identifies this finding across captures taken again and again: rule, task, source and
     * pointer, and the cluster when there is one; not the file name or time. A health finding is an
     * event: its episode's start is part of it, so that a baseline accepts that episode, never a
     * later one on the same subtask. A finding of no named cluster and no episode keeps the
     * fingerprint it had before clusters were told apart, so older baselines hold.
     */
    public String fingerprint() {
        if (Baseline.byEpisode(this)) {
            return Fingerprints.of(
                    ruleId,
                    task,
                    source,
                    pointer,
                    cluster,
                    "episode",
                    episode.from().toString());
        }
        return cluster.isEmpty()
                ? Fingerprints.of(ruleId, task, source, pointer)
                : Fingerprints.of(ruleId, task, source, pointer, cluster);
    }
}
