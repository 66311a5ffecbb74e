package org.dmreport.rules;

import java.time.Duration;
import org.dmreport.analysis.StageMachine;

/**
 * The thresholds and modes rules read.
 *
 * @param transitions   which stage machine transition rules accept
 * @param blockedAfter  a sharding DDL lock held longer than this is reported
 * @param stallAfter    a Running subtask without progress for longer than this is reported
 * @param lagThreshold  {@code secondsBehindMaster} above this is reported
 */
public record RuleSettings(
        StageMachine.Mode transitions, Duration blockedAfter, Duration stallAfter, Duration lagThreshold) {

    public static final RuleSettings DEFAULT = new RuleSettings(
            StageMachine.Mode.DM, Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(5));
}
