package org.dmreport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dmreport.findings.Category;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Episode.Kind;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Severity;
import org.dmreport.model.Capture;
import org.dmreport.model.DmVersion;
import org.dmreport.model.DmVersionRange;
import org.dmreport.model.DocumentKind;
import org.dmreport.model.Origin;
import org.dmreport.model.Printer;
import org.dmreport.model.TimeSource;
import org.junit.jupiter.api.Test;

/**
 * Every link of {@link Causes}, on hand-made episodes: it joins what it names (and makes the right
 * one the cause), and never joins episodes of another source, task, lock or cluster, or far apart
 * in time. Captures are every 10 minutes from 00:00 to 03:00 unless a test says otherwise.
 */
class IncidentsTest {

    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static Finding episode(Kind kind, String task, String source, int from, int until) {
        return episode("", kind, task, source, from, until, "");
    }

    private static Finding episode(
            String cluster, Kind kind, String task, String source, int from, int until, String subject) {
        return new Finding(
                kind.key(),
                Severity.WARNING,
                Category.HEALTH,
                "in.json",
                cluster,
                1,
                at(from),
                "",
                1,
                1,
                task,
                source,
                kind.label(),
                Map.of(),
                false,
                1,
                null,
                new Episode(kind, at(from), at(until), subject),
                "");
    }

    /** A summary every 10 minutes from 0 to {@code last} minutes listing {@code tasks}, Running. */
    private static List<SnapshotStatus> captures(String cluster, int last, String... tasks) {
        List<SnapshotStatus> statuses = new ArrayList<>();
        for (int m = 0; m <= last; m += 10) {
            statuses.add(summary(cluster, m, "Running", tasks));
        }
        return statuses;
    }

    private static SnapshotStatus summary(String cluster, int minutes, String status, String... tasks) {
        List<TaskStatus> listed = new ArrayList<>();
        for (String t : tasks) {
            listed.add(new TaskStatus(t, status, List.of("s1"), List.of("w1"), List.of(), true, Origin.NONE));
        }
        return new SnapshotStatus(
                new Capture("c/" + minutes + ".json", cluster, at(minutes), TimeSource.PATH),
                1,
                DocumentKind.SUMMARY,
                Printer.DMCTL,
                DmVersionRange.atLeast(DmVersion.of(2, 0)),
                false,
                List.of(),
                listed,
                List.of(),
                "");
    }

    private static List<Incident> group(List<SnapshotStatus> statuses, Finding... episodes) {
        return Incidents.of(List.of(episodes), statuses);
    }

    private static List<Incident> group(Finding... episodes) {
        return group(captures("", 180, "t1", "t2"), episodes);
    }

    @Test
    void aSilentSourceCausesWhatFollowsOnEveryTaskOfItsSource() {
        Finding silent = episode(Kind.SOURCE_SILENT, "", "s1", 10, 40);
        Finding stall1 = episode(Kind.STALLED, "t1", "s1", 20, 40);
        Finding lag2 = episode(Kind.LAGGING, "t2", "s1", 30, 50);
        Finding paused = episode(Kind.PAUSED_ON_ERROR, "t2", "s1", 40, 60);
        Finding relay = episode(Kind.RELAY_PAUSED, "", "s1", 20, 30);
        List<Incident> incidents = group(lag2, paused, stall1, relay, silent);
        assertEquals(1, incidents.size(), incidents.toString());
        assertSame(silent, incidents.get(0).cause());
        assertEquals(List.of("t1", "t2"), incidents.get(0).tasks());
        assertEquals(Incident.Ending.SOURCE_BACK, incidents.get(0).ending());
    }

    @Test
    void aPausedRelayCausesAStallSeenBeforeIt() {
        Finding stall = episode(Kind.STALLED, "t1", "s1", 10, 40);
        Finding relay = episode(Kind.RELAY_PAUSED, "", "s1", 20, 40);
        Finding restart = episode(Kind.RESTARTED, "t2", "s1", 30, 30);
        List<Incident> incidents = group(stall, relay, restart);
        assertEquals(1, incidents.size());
        assertSame(relay, incidents.get(0).cause(), "the root, not the first row in time");
        assertEquals(at(10), incidents.get(0).start());
        assertEquals(Incident.Ending.RELAY_RESUMED, incidents.get(0).ending());
    }

    @Test
    void aSourceCausesNothingOnAnotherSourceOrCluster() {
        Finding relay = episode(Kind.RELAY_PAUSED, "", "s1", 20, 40);
        Finding otherSource = episode(Kind.STALLED, "t1", "s2", 20, 40);
        Finding otherCluster = episode("east", Kind.STALLED, "t1", "s1", 20, 40, "");
        List<SnapshotStatus> statuses = new ArrayList<>(captures("", 180, "t1"));
        statuses.addAll(captures("east", 180, "t1"));
        List<Incident> incidents = group(statuses, relay, otherSource, otherCluster);
        assertEquals(3, incidents.size(), incidents.toString());
        incidents.forEach(i -> assertEquals(1, i.episodes().size()));
    }

    @Test
    void aPausedSubtaskCausesItsLagStallAndRestartsButNotAnotherTasks() {
        Finding paused = episode(Kind.PAUSED_ON_ERROR, "t1", "s1", 20, 60);
        Finding lag = episode(Kind.LAGGING, "t1", "s1", 30, 70);
        Finding restart = episode(Kind.RESTARTED, "t1", "s1", 40, 40);
        Finding disagree = episode(Kind.LAG_DISAGREES, "t1", "s1", 30, 30);
        Finding otherTask = episode(Kind.LAGGING, "t2", "s1", 30, 70);
        List<Incident> incidents = group(paused, lag, restart, disagree, otherTask);
        assertEquals(2, incidents.size(), incidents.toString());
        Incident first = incidents.get(0);
        assertSame(paused, first.cause());
        assertEquals(4, first.episodes().size());
        assertEquals(Incident.Ending.RESUMED, first.ending());
        assertEquals(List.of(otherTask), incidents.get(1).episodes());
    }

    @Test
    void theSourcesOfOneLockAreOneIncidentAndTheirWaitsPartOfIt() {
        Finding lock1 = episode("", Kind.LOCK_BLOCKED, "t1", "s1", 20, 60, "t1-`db`.`tb`");
        Finding lock2 = episode("", Kind.LOCK_BLOCKED, "t1", "s2", 30, 60, "t1-`db`.`tb`");
        Finding lag2 = episode(Kind.LAGGING, "t1", "s2", 40, 70);
        Finding otherLock = episode("", Kind.LOCK_BLOCKED, "t1", "s3", 20, 60, "t1-`db`.`other`");
        Finding otherTask = episode("", Kind.LOCK_BLOCKED, "t2", "s2", 20, 60, "t1-`db`.`tb`");
        List<Incident> incidents = group(lock1, lock2, lag2, otherLock, otherTask);
        assertEquals(3, incidents.size(), incidents.toString());
        Incident lock = incidents.stream()
                .filter(i -> i.episodes().contains(lock1))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(lock1, lock2, lag2), lock.episodes());
        assertSame(lock1, lock.cause());
        assertEquals(Incident.Ending.LOCK_RESOLVED, lock.ending());
    }

    @Test
    void anOptimisticConflictCausesItsSubtasksWait() {
        Finding conflict = episode("", Kind.DDL_CONFLICT, "t1", "s1", 20, 50, "");
        Finding stall = episode(Kind.STALLED, "t1", "s1", 30, 60);
        Finding elsewhere = episode(Kind.STALLED, "t1", "s2", 30, 60);
        List<Incident> incidents = group(conflict, stall, elsewhere);
        assertEquals(2, incidents.size());
        assertEquals(List.of(conflict, stall), incidents.get(0).episodes());
    }

    @Test
    void aStallCausesTheLagOfItsSubtaskAndTheLagItsDisagreement() {
        Finding stall = episode(Kind.STALLED, "t1", "s1", 20, 50);
        Finding lag = episode(Kind.LAGGING, "t1", "s1", 40, 80);
        Finding disagree = episode(Kind.LAG_DISAGREES, "t1", "s1", 80, 90);
        List<Incident> incidents = group(disagree, lag, stall);
        assertEquals(1, incidents.size());
        assertSame(stall, incidents.get(0).cause());
        assertEquals(Incident.Ending.PROGRESSING, incidents.get(0).ending());
    }

    @Test
    void episodesTouchWhenNoCaptureLiesBetweenThemAndNotOtherwise() {
        Finding relay = episode(Kind.RELAY_PAUSED, "", "s1", 20, 40);
        Finding next = episode(Kind.STALLED, "t1", "s1", 50, 60);
        Finding later = episode(Kind.STALLED, "t2", "s1", 60, 70);
        List<Incident> incidents = group(relay, next, later);
        assertEquals(2, incidents.size(), "one capture (50) between 40 and 60: " + incidents);
        assertEquals(List.of(relay, next), incidents.get(0).episodes());
        // With captures only every 30 minutes, 40 and 60 are adjacent: nothing was seen in between.
        List<SnapshotStatus> sparse = new ArrayList<>();
        for (int m : new int[] {0, 20, 40, 60, 90}) {
            sparse.add(summary("", m, "Running", "t1", "t2"));
        }
        assertEquals(1, group(sparse, relay, later).size());
    }

    @Test
    void aMasterNotAnsweringIsAnIncidentOfItsOwn() {
        Finding master = episode(Kind.MASTER_UNREACHABLE, "", "", 20, 40);
        Finding stall = episode(Kind.STALLED, "t1", "s1", 20, 40);
        assertEquals(2, group(master, stall).size());
    }

    @Test
    void anEpisodeThatReachesTheLatestCaptureIsOngoingAndAStopEndsOne() {
        Finding open = episode(Kind.LAGGING, "t1", "s1", 150, 180);
        Incident ongoing = group(open).get(0);
        assertTrue(ongoing.ongoing());
        assertNull(ongoing.end());
        assertEquals(Incident.Ending.STILL_OPEN, ongoing.ending());

        List<SnapshotStatus> statuses = new ArrayList<>(captures("", 60, "t1"));
        statuses.add(summary("", 70, "Running"));
        Finding stopped = episode(Kind.LAGGING, "t1", "s1", 30, 60);
        assertEquals(Incident.Ending.STOPPED, group(statuses, stopped).get(0).ending(), "gone from the summary after");
        List<SnapshotStatus> byStage = new ArrayList<>(captures("", 60, "t1"));
        byStage.add(summary("", 70, "Stopped", "t1"));
        assertEquals(Incident.Ending.STOPPED, group(byStage, stopped).get(0).ending(), "Stopped after");
    }

    @Test
    void everyEpisodeIsInExactlyOneIncidentWhateverTheOrderAndIdsAreStable() {
        List<Finding> episodes = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            Kind kind = Kind.values()[k % Kind.values().length];
            episodes.add(episode(kind, "t" + (k % 3), "s" + (k % 4), k * 3, k * 3 + 12));
        }
        List<Incident> ordered = Incidents.of(episodes, captures("", 180, "t0", "t1", "t2"));
        List<Finding> shuffled = new ArrayList<>(episodes);
        Collections.shuffle(shuffled, new Random(7));
        List<Incident> again = Incidents.of(shuffled, captures("", 180, "t0", "t1", "t2"));
        assertEquals(
                ordered.stream().map(Incident::id).toList(),
                again.stream().map(Incident::id).toList());
        assertEquals(
                episodes.size(),
                ordered.stream().mapToInt(i -> i.episodes().size()).sum());
        List<Finding> assigned = Incidents.assign(episodes, ordered);
        assertTrue(assigned.stream().allMatch(f -> f.incident().startsWith("inc-")));
    }
}
