package org.dmreport.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Finding;
import org.dmreport.findings.Fingerprints;
import org.dmreport.model.DocumentKind;
import org.dmreport.model.Stage;

/**
 * Groups the health episodes of each cluster into {@link Incident}s: two episodes are one incident
 * when a {@link Causes} link joins them and they overlap or are adjacent in time (no capture of the
 * cluster lies between them). Every episode belongs to exactly one incident. Pure: the same findings
 * and captures give the same incidents, in the same order, whatever the threads.
 */
public final class Incidents {

    /** Orders episodes within an incident and picks its cause among roots that start together. */
    private static final Comparator<Finding> IN_TIME = Comparator.comparing(
                    (Finding f) -> f.episode().from())
            .thenComparing(f -> f.episode().kind())
            .thenComparing(Finding::task)
            .thenComparing(Finding::source)
            .thenComparing(f -> f.episode().until())
            .thenComparing(Finding::ruleId);

    private final Map<String, NavigableMap<Instant, List<SnapshotStatus>>> byCluster = new HashMap<>();

    private Incidents(List<SnapshotStatus> statuses) {
        for (SnapshotStatus s : statuses) {
            Instant at = s.capture().capturedAt();
            if (at != null) {
                byCluster
                        .computeIfAbsent(s.capture().cluster(), k -> new TreeMap<>())
                        .computeIfAbsent(at, k -> new ArrayList<>())
                        .add(s);
            }
        }
    }

    /** The incidents of {@code findings}' episodes, by start, in the clusters {@code statuses} show. */
    public static List<Incident> of(List<Finding> findings, List<SnapshotStatus> statuses) {
        Incidents incidents = new Incidents(statuses);
        Map<String, List<Finding>> episodes = new TreeMap<>();
        for (Finding f : findings) {
            if (f.episode() != null) {
                episodes.computeIfAbsent(f.cluster(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Incident> all = new ArrayList<>();
        episodes.forEach((cluster, list) -> all.addAll(incidents.group(cluster, list)));
        all.sort(Comparator.comparing(Incident::start)
                .thenComparing(Incident::cluster)
                .thenComparing(Incident::id));
        return all;
    }

    /** {@code findings} in their order, each of an episode marked with the id of its incident. */
    public static List<Finding> assign(List<Finding> findings, List<Incident> incidents) {
        Map<Finding, String> ids = new IdentityHashMap<>();
        for (Incident i : incidents) {
            i.episodes().forEach(f -> ids.put(f, i.id()));
        }
        return findings.stream()
                .map(f -> ids.containsKey(f) ? f.inIncident(ids.get(f)) : f)
                .toList();
    }

    private List<Incident> group(String cluster, List<Finding> unsorted) {
        List<Finding> episodes = new ArrayList<>(unsorted);
        episodes.sort(IN_TIME);
        NavigableSet<Instant> captures =
                byCluster.containsKey(cluster) ? byCluster.get(cluster).navigableKeySet() : new TreeSet<>();
        int n = episodes.size();
        int[] parent = new int[n];
        boolean[] caused = new boolean[n];
        for (int k = 0; k < n; k++) {
            parent[k] = k;
        }
        Map<String, Candidates> index = new HashMap<>();
        for (int k = 0; k < n; k++) {
            Finding f = episodes.get(k);
            for (Causes.Scope scope : Causes.Scope.values()) {
                index.computeIfAbsent(key(scope, f), x -> new Candidates()).add(k, f.episode());
            }
        }
        for (int k = 0; k < n; k++) {
            Finding cause = episodes.get(k);
            Episode e = cause.episode();
            Instant reachFrom = before(captures, e.from());
            Instant reachUntil = after(captures, e.until());
            for (Causes.Link link : Causes.from(e.kind())) {
                Candidates near = index.get(key(link.scope(), cause));
                for (int j : near.between(reachFrom, reachUntil)) {
                    Finding other = episodes.get(j);
                    if (j == k || !link.consequences().contains(other.episode().kind())) {
                        continue;
                    }
                    union(parent, k, j);
                    if (!link.peers()) {
                        caused[j] = true;
                    }
                }
            }
        }
        Map<Integer, List<Integer>> components = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            components.computeIfAbsent(find(parent, k), x -> new ArrayList<>()).add(k);
        }
        Instant latest = captures.isEmpty() ? null : captures.last();
        List<Incident> incidents = new ArrayList<>();
        for (List<Integer> members : components.values()) {
            incidents.add(incident(cluster, episodes, members, caused, latest));
        }
        return incidents;
    }

    private Incident incident(
            String cluster, List<Finding> episodes, List<Integer> members, boolean[] caused, Instant latest) {
        List<Finding> list = members.stream().map(episodes::get).toList();
        // Members are in time order: the first root is the earliest.
        Finding cause = members.stream()
                .filter(k -> !caused[k])
                .map(episodes::get)
                .findFirst()
                .orElse(list.get(0));
        Instant start = list.get(0).episode().from();
        Instant until = start;
        boolean ongoing = false;
        TreeSet<String> tasks = new TreeSet<>();
        TreeSet<String> sources = new TreeSet<>();
        for (Finding f : list) {
            until = f.episode().until().isAfter(until) ? f.episode().until() : until;
            ongoing |= !f.episode().instant() && f.episode().until().equals(latest);
            if (!f.task().isEmpty()) {
                tasks.add(f.task());
            }
            if (!f.source().isEmpty()) {
                sources.add(f.source());
            }
        }
        Incident.Ending ending = ongoing
                ? Incident.Ending.STILL_OPEN
                : stopped(cluster, until, tasks)
                        ? Incident.Ending.STOPPED
                        : Incident.Ending.of(cause.episode().kind());
        String id = "inc-"
                + Fingerprints.of(
                                cluster,
                                cause.ruleId(),
                                cause.task(),
                                cause.source(),
                                cause.episode().from().toString())
                        .substring(0, 10);
        return new Incident(
                id, cluster, start, until, ongoing, cause, list, List.copyOf(tasks), List.copyOf(sources), ending);
    }

    /**
     * Whether one of {@code tasks} was stopped at the cluster's first capture after {@code until}: a
     * complete summary without it, or every subtask of it Stopped.
     */
    private boolean stopped(String cluster, Instant until, TreeSet<String> tasks) {
        NavigableMap<Instant, List<SnapshotStatus>> times = byCluster.get(cluster);
        Map.Entry<Instant, List<SnapshotStatus>> next = times == null ? null : times.higherEntry(until);
        if (next == null || tasks.isEmpty()) {
            return false;
        }
        for (SnapshotStatus s : next.getValue()) {
            for (String task : tasks) {
                boolean listed = false;
                for (TaskStatus t : s.tasks()) {
                    if (t.taskName().equals(task)) {
                        listed = true;
                        if (Stage.Stopped.is(t.taskStatus())) {
                            return true;
                        }
                    }
                }
                if (!listed && s.kind() == DocumentKind.SUMMARY && !s.partial()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What identifies the episodes a link of {@code scope} from {@code f} may reach. */
    private static String key(Causes.Scope scope, Finding f) {
        return switch (scope) {
            case SOURCE -> "s\0" + f.source();
            case SUBTASK -> "t\0" + f.task() + "\0" + f.source();
            case LOCK -> "l\0" + f.task() + "\0" + f.episode().subject();
        };
    }

    /** The capture before {@code t}, or {@code t}: episodes reaching it are adjacent. */
    private static Instant before(NavigableSet<Instant> captures, Instant t) {
        Instant lower = captures.lower(t);
        return lower == null ? t : lower;
    }

    /** The capture after {@code t}, or {@code t}. */
    private static Instant after(NavigableSet<Instant> captures, Instant t) {
        Instant higher = captures.higher(t);
        return higher == null ? t : higher;
    }

    private static int find(int[] parent, int k) {
        while (parent[k] != k) {
            parent[k] = parent[parent[k]];
            k = parent[k];
        }
        return k;
    }

    /** Joins two sets, the lower index the root, so that a component's root is its earliest member. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /**
     * Episodes under one key, by start: those that may touch a span are found by a binary search on
     * the start, reaching back by the longest episode, so grouping stays near-linear however many
     * episodes one subtask has.
     */
    private static final class Candidates {
        private final List<Integer> members = new ArrayList<>();
        private final List<Instant> starts = new ArrayList<>();
        private final List<Instant> ends = new ArrayList<>();
        private Duration longest = Duration.ZERO;

        void add(int k, Episode e) {
            members.add(k);
            starts.add(e.from());
            ends.add(e.until());
            Duration d = Duration.between(e.from(), e.until());
            longest = d.compareTo(longest) > 0 ? d : longest;
        }

        /** The members whose span meets {@code from..until}. */
        List<Integer> between(Instant from, Instant until) {
            Instant earliest = from.minus(longest);
            int lo = 0;
            int hi = starts.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts.get(mid).isBefore(earliest)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            List<Integer> found = new ArrayList<>();
            for (int k = lo; k < starts.size() && !starts.get(k).isAfter(until); k++) {
                if (!ends.get(k).isBefore(from)) {
                    found.add(members.get(k));
                }
            }
            return found;
        }
    }
}
