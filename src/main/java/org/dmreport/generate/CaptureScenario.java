package org.dmreport.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dmreport.model.ErrorShape;
import org.dmreport.model.FullResponse;
import org.dmreport.model.LoadStatus;
import org.dmreport.model.ProcessError;
import org.dmreport.model.ProcessResult;
import org.dmreport.model.Progress;
import org.dmreport.model.RelayStatus;
import org.dmreport.model.ShardingGroup;
import org.dmreport.model.SourceEntry;
import org.dmreport.model.SubtaskStatus;
import org.dmreport.model.SyncStatus;
import org.dmreport.model.Where;

/**
 * Generates a day in the life of a DM cluster, capture by capture. Events happen at fixed fractions
 * of the series, so a longer series stretches them:
 * <ul>
 * <li>task 1 ({@code all} mode) dumps until 8 %, loads until 20 % (source 1 caught in Finished
 *     between the two), then syncs; on source 2 it pauses on a duplicate-key error from 42 % to
 *     50 % and is resumed;</li>
 * <li>task 2 (sharded, pessimistic) holds a sharding DDL lock from 25 % to 35 %: first two sources
 *     with unsynced tables, then source 1 blocking on the DDL; on source 3 it stalls from 70 % to
 *     85 % (positions frozen while the upstream moves on); it is stopped by hand at 92 % and
 *     disappears;</li>
 * <li>source 3 reads through a relay log that pauses on an error from 62 % to 68 %;</li>
 * <li>source 2's worker does not answer from 83 % to 88 %.</li>
 * </ul>
 */
public final class CaptureScenario {

    private static final String[] TASK_NAMES = {
        "orders", "billing", "inventory", "payments", "users", "shipments", "analytics", "audit"
    };

    private final ScenarioSettings settings;
    private final List<String> taskNames = new ArrayList<>();
    private final Upstream[] upstreams;
    private final Lane[][] lanes;

    public CaptureScenario(ScenarioSettings settings) {
        this.settings = settings;
        for (int t = 0; t < settings.tasks(); t++) {
            taskNames.add(t < TASK_NAMES.length ? TASK_NAMES[t] : String.format(Locale.ROOT, "task-%02d", t + 1));
        }
        upstreams = new Upstream[settings.sources()];
        for (int s = 0; s < upstreams.length; s++) {
            upstreams[s] = new Upstream(new SplittableRandom(settings.seed() * 7919 + s), s);
        }
        lanes = new Lane[settings.tasks()][settings.sources()];
        for (int t = 0; t < settings.tasks(); t++) {
            for (int s = 0; s < settings.sources(); s++) {
                lanes[t][s] = new Lane(new SplittableRandom(settings.seed() * 104729 + t * 1009L + s));
            }
        }
    }

    /** The captures in time order; call once. */
    public List<GeneratedCapture> captures() {
        List<GeneratedCapture> result = new ArrayList<>(settings.captures());
        for (int k = 0; k < settings.captures(); k++) {
            result.add(capture(k));
        }
        return result;
    }

    private GeneratedCapture capture(int k) {
        double f = settings.captures() == 1 ? 0 : (double) k / settings.captures();
        for (Upstream upstream : upstreams) {
            upstream.advance();
        }
        List<String> running = new ArrayList<>();
        List<List<SubtaskStatus>> bySource = new ArrayList<>();
        for (int s = 0; s < settings.sources(); s++) {
            bySource.add(new ArrayList<>());
        }
        List<FullResponse> perTask = new ArrayList<>();
        for (int t = 0; t < settings.tasks(); t++) {
            if (t == 1 && f >= 0.92) {
                continue;
            }
            running.add(taskNames.get(t));
            List<SourceEntry> entries = new ArrayList<>();
            for (int s = 0; s < settings.sources(); s++) {
                SubtaskStatus subtask = subtask(t, s, k, f);
                bySource.get(s).add(subtask);
                entries.add(entry(s, f, List.of(subtask)));
            }
            perTask.add(new FullResponse(true, "", entries, Where.NONE));
        }
        List<SourceEntry> all = new ArrayList<>();
        for (int s = 0; s < settings.sources(); s++) {
            all.add(entry(s, f, bySource.get(s)));
        }
        return new GeneratedCapture(
                settings.start().plus(settings.interval().multipliedBy(k)),
                running,
                perTask,
                new FullResponse(true, "", all, Where.NONE));
    }

    private boolean silent(int s, double f) {
        return s == 1 && f >= 0.83 && f < 0.88;
    }

    private boolean relayed(int s) {
        return s == 2;
    }

    private SourceEntry entry(int s, double f, List<SubtaskStatus> subtasks) {
        String source = sourceName(s);
        if (silent(s, f)) {
            return new SourceEntry(
                    false,
                    "[code=38008:class=dm-master:scope=internal:level=high], Message: grpc request "
                            + "error, RawCause: rpc error: code = DeadlineExceeded desc = context deadline exceeded, Workaround: "
                            + "Please check the network connection between dm-master and dm-worker.",
                    source,
                    "",
                    null,
                    null,
                    List.of(),
                    Where.NONE);
        }
        return new SourceEntry(true, "", source, "dm-worker-" + (s + 1), null, relay(s, f), subtasks, Where.NONE);
    }

    private RelayStatus relay(int s, double f) {
        if (!relayed(s)) {
            return null;
        }
        Upstream up = upstreams[s];
        boolean paused = f >= 0.62 && f < 0.68;
        ProcessResult result = paused
                ? new ProcessResult(
                        false,
                        List.of(new ProcessError(
                                ErrorShape.NAMED,
                                30015L,
                                "relay-unit",
                                "upstream",
                                "high",
                                "fail to read binlog from upstream",
                                "ERROR 1236 (HY000): Could not find first log file name in binary log index file",
                                "Please check the upstream binlog files.",
                                Where.NONE)),
                        null,
                        Where.NONE)
                : null;
        return new RelayStatus(
                up.position(),
                up.gtid(),
                up.uuid + ".000001",
                paused ? up.frozenRelay : up.position(),
                paused ? up.frozenRelayGtid : up.gtid(),
                !paused,
                paused ? "Paused" : "Running",
                result,
                Where.NONE);
    }

    private SubtaskStatus subtask(int t, int s, int k, double f) {
        String task = taskNames.get(t);
        Lane lane = lanes[t][s];
        Upstream up = upstreams[s];
        if (t == 0 && f < 0.08) {
            return dumping(task, lane, f / 0.08);
        }
        if (t == 0 && f < 0.2) {
            if (s == 0 && f - 1.0 / settings.captures() < 0.08) {
                return new SubtaskStatus(
                        task, "Finished", "Dump", null, "", null, null, lane.dump(1.0), null, null, null, Where.NONE);
            }
            return loading(task, lane, up, (f - 0.08) / 0.12);
        }
        boolean pausedOnError = t == 0 && s == 1 && f >= 0.42 && f < 0.5;
        boolean stalled = t == 1 && s == 2 && f >= 0.7 && f < 0.85;
        boolean relayPaused = relayed(s) && f >= 0.62 && f < 0.68;
        boolean frozen = pausedOnError || stalled || relayPaused;
        if (!frozen) {
            lane.catchUp(up, relayed(s) ? up.relayIndex() : -1);
        }
        long behind = frozen ? lane.frozenFor(settings.interval().toSeconds()) : lane.lagSeconds();
        if (!frozen) {
            lane.frozenSince = -1;
        }
        List<String> blocking = List.of();
        List<ShardingGroup> groups = List.of();
        String lockId = "";
        if (t == 1 && f >= 0.25 && f < 0.35 && s < 2) {
            lockId = task + "-`shop`.`invoices`";
            String ddl = "ALTER TABLE `shop`.`invoices` ADD COLUMN `tax_id` VARCHAR(32)";
            boolean late = f >= 0.3;
            List<String> synced = s == 0
                    ? List.of("`shop_0" + (s + 1) + "`.`invoices_1`", "`shop_0" + (s + 1) + "`.`invoices_2`")
                    : late ? List.of("`shop_02`.`invoices_1`") : List.of();
            List<String> unsynced = s == 0
                    ? (late ? List.of() : List.of("`shop_01`.`invoices_2`"))
                    : late
                            ? List.of("`shop_02`.`invoices_2`")
                            : List.of("`shop_02`.`invoices_1`", "`shop_02`.`invoices_2`");
            if (s == 0 && !late) {
                synced = List.of("`shop_01`.`invoices_1`");
            }
            groups = List.of(new ShardingGroup(
                    "`shop`.`invoices`",
                    List.of(ddl),
                    "position: " + lane.syncer + ", gtid-set: " + lane.syncerGtid,
                    synced,
                    unsynced,
                    Where.NONE));
            blocking = s == 0 && late ? List.of(ddl) : List.of();
        }
        ProcessResult result = pausedOnError
                ? new ProcessResult(
                        false,
                        List.of(new ProcessError(
                                ErrorShape.NAMED,
                                10006L,
                                "database",
                                "downstream",
                                "high",
                                "startLocation: [position: " + lane.syncer + ", gtid-set: " + lane.syncerGtid
                                        + "], endLocation: "
                                        + "[position: " + lane.syncer + ", gtid-set: " + lane.syncerGtid
                                        + "]: execute statement "
                                        + "failed: INSERT INTO `shop`.`orders` (`id`,`amount`) VALUES (?,?)",
                                "Error 1062 (23000): Duplicate entry '4711' for key 'orders.PRIMARY'",
                                "",
                                Where.NONE)),
                        null,
                        Where.NONE)
                : null;
        long rate = frozen ? 0 : lane.recentRate;
        SyncStatus sync = new SyncStatus(
                lane.rows,
                lane.rows / Math.max(1, (k + 1) * settings.interval().toSeconds()),
                rate,
                lane.rows,
                lane.rows / Math.max(1, (k + 1) * settings.interval().toSeconds()),
                rate,
                up.position(),
                up.gtid(),
                lane.syncer,
                lane.syncerGtid,
                blocking,
                groups,
                lane.syncer.replaceAll("\\|\\d+", "").equals(up.position()),
                relayed(s) ? "local" : "remote",
                behind,
                "",
                "",
                null,
                null,
                Where.NONE);
        return new SubtaskStatus(
                task,
                pausedOnError ? "Paused" : "Running",
                "Sync",
                result,
                lockId,
                sync,
                null,
                null,
                null,
                null,
                null,
                Where.NONE);
    }

    private SubtaskStatus dumping(String task, Lane lane, double done) {
        return new SubtaskStatus(
                task, "Running", "Dump", null, "", null, null, lane.dump(done), null, null, null, Where.NONE);
    }

    private SubtaskStatus loading(String task, Lane lane, Upstream up, double done) {
        long finished = (long) (lane.loadTotal * Math.min(1.0, done));
        LoadStatus load = new LoadStatus(
                finished,
                lane.loadTotal,
                Progress.loadText(finished, lane.loadTotal),
                up.startPosition,
                up.startGtid,
                lane.loadTotal / 1800,
                Where.NONE);
        return new SubtaskStatus(task, "Running", "Load", null, "", null, load, null, null, null, null, Where.NONE);
    }

    private static String sourceName(int s) {
        return String.format(Locale.ROOT, "mysql-%02d", s + 1);
    }
}
