package org.dmreport.app;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.dmreport.analysis.Coverage;
import org.dmreport.analysis.Incidents;
import org.dmreport.analysis.Points;
import org.dmreport.analysis.SnapshotStatus;
import org.dmreport.analysis.SourcePoint;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.analysis.StoredSeries;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.Timelines;
import org.dmreport.findings.Baseline;
import org.dmreport.findings.Category;
import org.dmreport.findings.Finding;
import org.dmreport.findings.FindingOrder;
import org.dmreport.findings.Folding;
import org.dmreport.model.Snapshot;
import org.dmreport.rules.RuleEngine;
import org.dmreport.rules.RuleSettings;
import org.dmreport.store.SpillingPointStore;

/**
 * {@code dmreport check}: reads every input with schema validation, runs the rules within each
 * document on the reading threads (keeping only compact facts, merged in capture order as they
 * come; subtask points go to a store that spills to a temporary file), then the rules across
 * captures and series, applies the baseline and sorts the findings.
 */
public final class CheckJob {

    private CheckJob() {}

    /** The compact facts one snapshot leaves for the stages after reading. */
    private record Facts(
            SnapshotStatus status,
            List<Finding> findings,
            List<SubtaskPoint> subtasks,
            List<SourcePoint> sources,
            List<Coverage> coverage) {}

    /**
     * Checks what {@code request} names. The result owns the store its series read from: the caller
     * closes it (the store is closed here when the check fails).
     */
    public static CheckResult run(CheckRequest request, Supplier<InputStream> stdin) {
        SpillingPointStore store = new SpillingPointStore(SpillingPointStore.DEFAULT_BUDGET);
        try {
            return run(request, stdin, store);
        } catch (RuntimeException | Error e) {
            store.close();
            throw e;
        }
    }

    /** What reading and the rules leave, before incidents and the baseline. */
    private record Collected(
            List<Finding> findings,
            ReadSummary read,
            List<SnapshotStatus> statuses,
            List<StoredSeries> subtasks,
            List<SourceSeries> sources) {}

    private static CheckResult run(CheckRequest request, Supplier<InputStream> stdin, SpillingPointStore store) {
        Collected c = collect(request, null, true, stdin, store);
        // An episode open when the window starts is followed back to its true start first: its
        // start is part of its fingerprint and of its incident's id.
        List<Finding> findings = Lookback.stitch(
                request.read().window(),
                c.findings(),
                times(c.statuses()),
                overlap(request.settings()),
                earlier -> before(request, c.read().discovered(), earlier));
        // Every episode joins its incident before the baseline, so that accepted episodes still
        // belong to the story and a finding's incident is the same in every output.
        findings = new ArrayList<>(Incidents.assign(findings, Incidents.of(findings, c.statuses())));
        Baseline.Applied applied = request.baseline().apply(findings);
        List<Finding> sorted = new ArrayList<>(applied.findings());
        sorted.sort(FindingOrder.ORDER);
        ReadSummary read = c.read();
        return new CheckResult(
                sorted,
                read.problems(),
                read.warnings(),
                c.statuses(),
                c.subtasks(),
                c.sources(),
                applied.stale(),
                applied.outdated(),
                read.inputs(),
                read.documents(),
                read.outsideWindow(),
                store);
    }

    /**
     * The health findings of the captures {@code earlier} names, read from the inputs {@code found}
     * and checked on their own (no progress line, no standard input; a baseline applies only to the
     * window's findings), for {@link Lookback}.
     */
    private static Lookback.Chunk before(CheckRequest request, Ingest.Discovered found, Lookback.Ask earlier) {
        CheckRequest chunk = new CheckRequest(
                request.read().within(earlier.window()).quietly(),
                // Only health rules report episodes.
                request.selection().only(Category.HEALTH),
                request.settings(),
                request.baseline(),
                request.each());
        SpillingPointStore store = new SpillingPointStore(SpillingPointStore.DEFAULT_BUDGET);
        try {
            // No schema validation: no health rule reads its violations, and the shape cache is
            // not read or written again for each chunk.
            Collected c = collect(
                    chunk,
                    earlier.names().isEmpty() ? found : found.named(earlier.names()),
                    false,
                    InputStream::nullInputStream,
                    store);
            return new Lookback.Chunk(c.findings(), times(c.statuses()));
        } finally {
            store.close();
        }
    }

    /** More than the longest a rule waits before it reports an episode, for {@link Lookback}. */
    private static Duration overlap(RuleSettings settings) {
        Duration longest = settings.stallAfter().compareTo(settings.blockedAfter()) > 0
                ? settings.stallAfter()
                : settings.blockedAfter();
        return longest.multipliedBy(2).plusMinutes(30);
    }

    /** The distinct capture times of {@code statuses}, in order. */
    private static List<Instant> times(List<SnapshotStatus> statuses) {
        return statuses.stream()
                .map(st -> st.capture().capturedAt())
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
    }

    private static Collected collect(
            CheckRequest request,
            Ingest.Discovered found,
            boolean validateSchema,
            Supplier<InputStream> stdin,
            SpillingPointStore store) {
        RuleEngine engine = new RuleEngine(request.selection(), request.settings());
        // Snapshot findings come capture after capture: folded as they come, so a flood of them never
        // piles up; those of captures read only for the state at the window's start are not shown.
        Folding ofSnapshots = new Folding();
        ReadWindow window = request.read().window();
        List<SnapshotStatus> statuses = new ArrayList<>();
        Compactor compactor = new Compactor();
        Timelines timelines = new Timelines(store);
        ReadSummary read = Ingest.stream(
                request.read(),
                found,
                stdin,
                validateSchema,
                // Made and compacted on the reading threads: the merge below is the one serial step.
                (Snapshot s) -> new Facts(
                        compactor.status(SnapshotStatus.of(s)),
                        engine.snapshot(s),
                        Points.subtasks(s),
                        compactor.sources(Points.sources(s)),
                        compactor.coverage(Coverage.of(s))),
                facts -> {
                    Instant at = facts.status().capture().capturedAt();
                    if (!request.each()) {
                        ofSnapshots.capture(at);
                    }
                    if (window.shows(at)) {
                        facts.findings().forEach(ofSnapshots::add);
                    }
                    statuses.add(facts.status());
                    timelines.add(facts.subtasks(), facts.sources(), facts.coverage());
                });
        // Findings of whole captures fold like those of snapshots; those of series are one per
        // episode already, with its span, and stay as they are.
        List<Finding> findings = new ArrayList<>(engine.problems(read.problems()));
        engine.captures(statuses).stream()
                .filter(f -> window.shows(f.capturedAt()))
                .forEach(findings::add);
        if (!request.each()) {
            findings.sort(FindingOrder.ORDER);
            findings = new ArrayList<>(Folding.fold(
                    findings,
                    statuses.stream()
                            .map(st -> st.capture().capturedAt())
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList()));
        }
        findings.addAll(ofSnapshots.finish());
        List<StoredSeries> subtaskSeries = timelines.subtasks();
        List<SourceSeries> sourceSeries = timelines.sources();
        try (InOrder runner = InOrder.of(request.read().threads())) {
            engine.series(subtaskSeries, sourceSeries, runner).stream()
                    .filter(window::shows)
                    .forEach(findings::add);
        }
        return new Collected(findings, read, statuses, subtaskSeries, sourceSeries);
    }
}
