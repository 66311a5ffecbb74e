package org.dmreport.report.view;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dmreport.analysis.Gaps;
import org.dmreport.analysis.SourcePoint;
import org.dmreport.analysis.SourceSeries;
import org.dmreport.analysis.StageTimes;
import org.dmreport.analysis.SubtaskPoint;
import org.dmreport.analysis.SubtaskSeries;
import org.dmreport.model.Progress;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.Stage;

/**
 * The tables of a task's section, one series at a time: the latest state of each subtask, every
 * sharding lock or conflict, each source's relay, time in each stage and unit.
 */
final class TaskLines {

    private final Display display;
    private final List<SourceSeries> sources;

    TaskLines(Display display, List<SourceSeries> sources) {
        this.display = display;
        this.sources = sources;
    }

    static String rate(Double value, String unit) {
        return value == null ? "" : Display.number(value) + unit;
    }

    static SubtaskPoint latest(SubtaskSeries s) {
        SubtaskPoint latest = null;
        for (SubtaskSeries.Step step : s.steps()) {
            if (step.present()) {
                latest = step.point();
            }
        }
        return latest;
    }

    ReportModel.SubtaskLine subtaskLine(SubtaskSeries s, SubtaskPoint p) {
        String progress = p.progressText().isEmpty()
                ? (p.progress() == null ? "" : Display.bytes(p.progress()))
                : p.progressText().strip();
        return new ReportModel.SubtaskLine(
                s.source(),
                p.worker(),
                p.stage(),
                p.unit(),
                progress,
                p.rows() == null ? "" : Display.number(p.rows()),
                nullToEmpty(p.syncerBinlog()),
                nullToEmpty(p.masterBinlog()),
                fileGap(p),
                transactionGap(p),
                p.secondsBehindMaster() == null ? "" : Display.duration(Duration.ofSeconds(p.secondsBehindMaster())),
                display.time(p.capture().capturedAt()),
                Charts.sparkline(
                        s.steps().stream()
                                .filter(SubtaskSeries.Step::present)
                                .map(SubtaskSeries.Step::point)
                                .filter(x -> x.secondsBehindMaster() != null
                                        && x.capture().capturedAt() != null)
                                .map(x -> new Charts.Point(
                                        x.capture().capturedAt(),
                                        x.secondsBehindMaster().doubleValue()))
                                .toList(),
                        "secondsBehindMaster"),
                p.progressText(),
                Progress.parse(p.progressText()).map(Progress::percent).orElse(null),
                p.rows(),
                Gaps.files(p).orElse(null),
                Gaps.bytes(p).orElse(null),
                Gaps.transactions(p).orElse(null),
                p.secondsBehindMaster(),
                Display.utc(p.capture().capturedAt()));
    }

    static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Binlog files, or bytes within one file, between syncer and upstream. */
    static String fileGap(SubtaskPoint p) {
        long files = Gaps.files(p).orElse(-1L);
        if (files < 0) {
            return "";
        }
        return files == 0
                ? Gaps.bytes(p).map(b -> Display.bytes(b.doubleValue())).orElse("")
                : files + " file" + (files == 1 ? "" : "s");
    }

    static String transactionGap(SubtaskPoint p) {
        return Gaps.transactions(p).map(n -> Display.number(n) + " trx").orElse("");
    }

    /** Every episode of a lock, blocking DDLs, unresolved groups or a conflict, oldest first. */
    List<ReportModel.ShardingLine> shardingLines(SubtaskSeries s, SubtaskPoint latest) {
        List<ReportModel.ShardingLine> lines = new ArrayList<>();
        List<SubtaskPoint> episode = new ArrayList<>();
        List<SubtaskSeries.Step> steps = new ArrayList<>(s.steps());
        steps.add(null);
        for (SubtaskSeries.Step step : steps) {
            SubtaskPoint p = step == null ? null : step.point();
            boolean sharding = p != null
                    && (!p.lockId().isEmpty()
                            || !p.blockingDdls().isEmpty()
                            || !p.groups().isEmpty()
                            || !p.conflictMsg().isEmpty());
            if (sharding) {
                episode.add(p);
                continue;
            }
            if (!episode.isEmpty()) {
                lines.add(shardingLine(s, episode, episode.get(episode.size() - 1) == latest));
                episode = new ArrayList<>();
            }
        }
        return lines;
    }

    ReportModel.ShardingLine shardingLine(SubtaskSeries s, List<SubtaskPoint> episode, boolean open) {
        SubtaskPoint first = episode.get(0);
        SubtaskPoint last = episode.get(episode.size() - 1);
        ShardingGroup group = last.groups().isEmpty()
                ? (first.groups().isEmpty() ? null : first.groups().get(0))
                : last.groups().get(0);
        String lock = first.lockId().isEmpty() ? last.lockId() : first.lockId();
        List<String> ddls =
                !last.blockingDdls().isEmpty() ? last.blockingDdls() : group == null ? List.of() : group.ddls();
        Duration held = first.capture().capturedAt() == null || last.capture().capturedAt() == null
                ? Duration.ZERO
                : Duration.between(first.capture().capturedAt(), last.capture().capturedAt());
        return new ReportModel.ShardingLine(
                s.source(),
                lock,
                group == null ? "" : nullToEmpty(group.target()),
                String.join("; ", ddls),
                group == null ? "" : String.join(", ", group.synced()),
                group == null ? "" : String.join(", ", group.unsynced()),
                last.blockDdlOwner(),
                last.conflictMsg(),
                display.time(first.capture().capturedAt()),
                display.time(last.capture().capturedAt()),
                Display.duration(held),
                open,
                Display.utc(first.capture().capturedAt()),
                Display.utc(last.capture().capturedAt()),
                held.getSeconds());
    }

    List<ReportModel.RelayLine> relays(List<String> ofTask) {
        Set<String> wanted = new TreeSet<>(ofTask);
        List<ReportModel.RelayLine> lines = new ArrayList<>();
        for (SourceSeries s : sources) {
            if (!wanted.contains(s.source()) || s.points().isEmpty()) {
                continue;
            }
            SourcePoint latest = s.points().get(s.points().size() - 1);
            Duration paused = Duration.ZERO;
            SourcePoint previous = null;
            for (SourcePoint p : s.points()) {
                if (previous != null
                        && (Stage.Paused.is(previous.relayStage()) || Stage.Stopped.is(previous.relayStage()))
                        && previous.capture().capturedAt() != null
                        && p.capture().capturedAt() != null) {
                    paused = paused.plus(Duration.between(
                            previous.capture().capturedAt(), p.capture().capturedAt()));
                }
                previous = p;
            }
            boolean anyRelay = s.points().stream().anyMatch(p -> p.relayStage() != null);
            if (anyRelay || !latest.answered()) {
                lines.add(new ReportModel.RelayLine(
                        s.source(),
                        latest.worker(),
                        !latest.answered()
                                ? "did not answer"
                                : latest.relayStage() == null ? "no relay" : latest.relayStage(),
                        latest.answered() ? latest.relayError() : latest.msg(),
                        Display.duration(paused),
                        paused.getSeconds()));
            }
        }
        return lines;
    }

    /** Stage or unit times, a row per source in {@code sources} (those with a point), as {@code times}. */
    ReportModel.Table table(List<String> sources, List<StageTimes> times, boolean stages) {
        List<String> columns = StageTimes.keys(times, stages);
        List<ReportModel.Table.Row> rows = new ArrayList<>();
        for (int k = 0; k < times.size(); k++) {
            Map<String, Duration> byKey =
                    stages ? times.get(k).byStage() : times.get(k).byUnit();
            rows.add(new ReportModel.Table.Row(
                    sources.get(k),
                    columns.stream()
                            .map(c -> byKey.containsKey(c) ? Display.duration(byKey.get(c)) : "")
                            .toList(),
                    columns.stream()
                            .map(c -> byKey.containsKey(c) ? byKey.get(c).getSeconds() : null)
                            .toList()));
        }
        return new ReportModel.Table(columns, rows);
    }
}
