package org.dmreport.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dmreport.findings.Episode;
import org.dmreport.findings.Finding;

/**
 * Health episodes of one cluster that one cause explains, as {@link Causes} links them: what broke,
 * why, what it affected, how long, and how it ended.
 *
 * @param id       stable for the same inputs: made of the cluster and the cause's rule, task, source and start
 * @param start    the first capture of its first episode
 * @param until    the last capture of its last episode (the latest capture while it is ongoing)
 * @param ongoing  whether an episode lasted to the latest capture of the cluster
 * @param cause    the finding of its earliest root episode: one that no other episode of it causes
 * @param episodes its findings, each of one episode, in time order
 * @param tasks    the tasks its episodes concern, by name
 * @param sources  the sources its episodes concern, by name
 */
public record Incident(
        String id,
        String cluster,
        Instant start,
        Instant until,
        boolean ongoing,
        Finding cause,
        List<Finding> episodes,
        List<String> tasks,
        List<String> sources,
        Ending ending) {

    public Incident {
        Objects.requireNonNull(id, "id");
        episodes = List.copyOf(episodes);
        tasks = List.copyOf(tasks);
        sources = List.copyOf(sources);
    }

    /** How an incident ended, as the cluster showed it at the first capture after. */
    public enum Ending {
        STILL_OPEN("still open"),
        STOPPED("stopped by hand"),
        RESUMED("resumed"),
        RELAY_RESUMED("relay running again"),
        SOURCE_BACK("source answering again"),
        MASTER_BACK("master answering again"),
        LOCK_RESOLVED("lock resolved"),
        PROGRESSING("progressing again"),
        CAUGHT_UP("caught up"),
        MEASURES_AGREE("lag measures agree again"),
        ONE_EVENT("an event: nothing lasted");

        private final String label;

        Ending(String label) {
            this.label = label;
        }

        /** How a reader sees it. */
        public String label() {
            return label;
        }

        /** Its name in the JSON and CSV: {@code lock-resolved}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** How an incident of this cause ends when nothing else (a stop) ended it. */
        static Ending of(Episode.Kind cause) {
            return switch (cause) {
                case PAUSED_ON_ERROR -> RESUMED;
                case RELAY_PAUSED -> RELAY_RESUMED;
                case SOURCE_SILENT -> SOURCE_BACK;
                case MASTER_UNREACHABLE -> MASTER_BACK;
                case LOCK_BLOCKED, DDL_CONFLICT -> LOCK_RESOLVED;
                case STALLED -> PROGRESSING;
                case LAGGING -> CAUGHT_UP;
                case LAG_DISAGREES -> MEASURES_AGREE;
                case RESTARTED -> ONE_EVENT;
            };
        }
    }

    /** From its start to its end, or to the latest capture while it is ongoing. */
    public Duration duration() {
        return Duration.between(start, until);
    }

    /** Its end, or null while it is ongoing. */
    public Instant end() {
        return ongoing ? null : until;
    }
}
