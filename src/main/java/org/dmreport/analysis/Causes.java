package org.dmreport.analysis;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Episode.Kind;

/**
 * How one health episode leads to another in DM: the one table incidents are grouped by. Each link
 * says which episodes a cause reaches, where, and the reason in DM's workings. A link from a kind to
 * itself joins peers (the sources waiting on one DDL lock) without making either the cause.
 */
public final class Causes {

    private Causes() {}

    /** Which episodes a cause reaches. */
    public enum Scope {
        SOURCE("every subtask on its source, of any task"),
        SUBTASK("the same subtask (task and source)"),
        LOCK("every source of the same task waiting on the same DDL lock");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        /** How the README's table names it. */
        public String label() {
            return label;
        }

        /** Its name in the JSON and the README: {@code subtask}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A cause, the episodes it leads to within {@code scope}, and why. */
    public record Link(Kind cause, Set<Kind> consequences, Scope scope, String reason) {
        public Link {
            consequences = Set.copyOf(consequences);
        }

        /** Whether it joins episodes of one kind as equals: none of them is the other's cause. */
        public boolean peers() {
            return consequences.contains(cause);
        }
    }

    private static final Set<Kind> STALL_AND_LAG = EnumSet.of(Kind.STALLED, Kind.LAGGING, Kind.LAG_DISAGREES);

    /** The links, causes first. */
    public static final List<Link> LINKS = List.of(
            new Link(
                    Kind.SOURCE_SILENT,
                    union(STALL_AND_LAG, Kind.PAUSED_ON_ERROR, Kind.RESTARTED, Kind.RELAY_PAUSED),
                    Scope.SOURCE,
                    "every subtask and the relay read the source's binlog through its DM-worker: while the"
                            + " source does not answer none of them moves, and a sync unit that loses its"
                            + " connection pauses on the error"),
            new Link(
                    Kind.RELAY_PAUSED,
                    union(STALL_AND_LAG, Kind.PAUSED_ON_ERROR, Kind.RESTARTED),
                    Scope.SOURCE,
                    "with relay log on, every subtask of the source reads the relay log, not the upstream:"
                            + " a paused relay starves them, and a sync unit that finds no relay file pauses"),
            new Link(
                    Kind.PAUSED_ON_ERROR,
                    union(STALL_AND_LAG, Kind.RESTARTED),
                    Scope.SUBTASK,
                    "a paused subtask replicates nothing and falls behind; DM's auto-resume restarts it"
                            + " (the restarts are attempts of the same incident)"),
            new Link(
                    Kind.LOCK_BLOCKED,
                    STALL_AND_LAG,
                    Scope.SUBTASK,
                    "in pessimistic mode a source that reached the sharding DDL waits for the others of its"
                            + " group: it replicates nothing until DM-master resolves the lock"),
            new Link(
                    Kind.LOCK_BLOCKED,
                    EnumSet.of(Kind.LOCK_BLOCKED),
                    Scope.LOCK,
                    "one lock is one coordination in DM-master: the sources waiting on it wait together"),
            new Link(
                    Kind.DDL_CONFLICT,
                    STALL_AND_LAG,
                    Scope.SUBTASK,
                    "in optimistic mode a conflicting DDL is not applied and the source's binlog stops"
                            + " there until the conflict is resolved"),
            new Link(
                    Kind.DDL_CONFLICT,
                    EnumSet.of(Kind.DDL_CONFLICT),
                    Scope.LOCK,
                    "the sources of one conflicting lock are blocked by the same conflict"),
            new Link(
                    Kind.STALLED,
                    EnumSet.of(Kind.LAGGING, Kind.LAG_DISAGREES),
                    Scope.SUBTASK,
                    "a subtask that makes no progress falls behind its upstream"),
            new Link(
                    Kind.LAGGING,
                    EnumSet.of(Kind.LAG_DISAGREES),
                    Scope.SUBTASK,
                    "secondsBehindMaster and the position gap are two measures of the same lag"));

    private static Set<Kind> union(Set<Kind> kinds, Kind... more) {
        Set<Kind> all = EnumSet.copyOf(kinds);
        all.addAll(List.of(more));
        return all;
    }

    /** The links whose cause is {@code kind}. */
    static List<Link> from(Episode.Kind kind) {
        return LINKS.stream().filter(l -> l.cause() == kind).toList();
    }
}
