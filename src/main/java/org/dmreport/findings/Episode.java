package org.dmreport.findings;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What a health finding is about, typed: a kind of episode of a subtask or source, from its first
 * capture to its last (the same instant for an event such as a restart). The report draws and
 * judges by it, never by a rule's ID or the names of its evidence.
 *
 * @param subject what the episode is of beyond its subtask or source: the sharding DDL lock of a
 *                blocked lock or an optimistic conflict (so that the sources waiting on one lock are
 *                one incident), "" for the others
 */
public record Episode(Kind kind, Instant from, Instant until, String subject) {

    public Episode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(subject, "subject");
    }

    /** An episode of nothing beyond its subtask or source. */
    public Episode(Kind kind, Instant from, Instant until) {
        this(kind, from, until, "");
    }

    /** Whether it is an event at one capture (a restart) rather than a state that lasted. */
    public boolean instant() {
        return kind == Kind.RESTARTED;
    }

    /** The kinds of episode, each with the words a reader sees. */
    public enum Kind {
        PAUSED_ON_ERROR("paused on an error"),
        RELAY_PAUSED("relay paused"),
        SOURCE_SILENT("source not answering"),
        MASTER_UNREACHABLE("master not answering"),
        LOCK_BLOCKED("lock blocked"),
        DDL_CONFLICT("optimistic DDL conflict"),
        LAGGING("lagging"),
        LAG_DISAGREES("lag measures disagree"),
        STALLED("stalled"),
        RESTARTED("restarted");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How a reader names it: {@code lock blocked}. */
        public String label() {
            return label;
        }

        /** Its name in CSS and JSON: {@code lock-blocked}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
