package org.dmreport.rules;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every rule, in catalogue order: by category, then by ID. */
public final class RuleCatalog {

    private static final List<Rule> ALL = List.<Rule>of(
                    new UnreadableRule(),
                    new TextSkippedRule(),
                    new LenientRepairRule(),
                    new DuplicateKeyRule(),
                    new KeyCaseRule(),
                    new ValueTypeRule(),
                    new SchemaViolationRule(),
                    new UnknownKeyRule(),
                    new ImpossibleTaskStatusRule(),
                    new UnknownStageRule(),
                    new UnitStatusMismatchRule(),
                    new CounterRangeRule(),
                    new CounterAboveTotalRule(),
                    new NegativeLagRule(),
                    new ProgressMismatchRule(),
                    new SyncedButBehindRule(),
                    new SyncerAheadRule(),
                    new ShardingStateRule(),
                    new LockGroupRule(),
                    new GroupWithoutLockRule(),
                    new DuplicateSourceRule(),
                    new FailedWithoutMsgRule(),
                    new MissingKeysRule(),
                    new DeprecatedCounterRule(),
                    new SummaryDisagreesRule(),
                    new SummaryTaskMissingRule(),
                    new ConflictingCapturesRule(),
                    new ImpossibleTransitionRule(),
                    new AssumedPathRule(),
                    new SubtaskRecreatedRule(),
                    new PositionBackwardsRule(),
                    new CounterBackwardsRule(),
                    new SubtaskRestartedRule(),
                    new UnexplainedSummaryChangeRule(),
                    new CaptureTimeOutlierRule(),
                    new PausedWithErrorRule(),
                    new RelayPausedRule(),
                    new SourceNotAnsweringRule(),
                    new LockBlockedRule(),
                    new OptimisticConflictRule(),
                    new StallRule(),
                    new LagRule(),
                    new LagContradictionRule())
            .stream()
            .sorted(Comparator.comparing((Rule r) -> r.descriptor().category())
                    .thenComparing(r -> r.descriptor().id()))
            .toList();

    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    /**
     * IDs of rules that were folded into another, and the rule that reports their findings now: an
     * option naming one still means what it meant.
     */
    private static final Map<String, String> RETIRED = Map.of("unit-went-backwards", "subtask-recreated");

    static {
        for (Rule rule : ALL) {
            if (BY_ID.put(rule.descriptor().id(), rule) != null) {
                throw new IllegalStateException(
                        "two rules with ID " + rule.descriptor().id());
            }
        }
    }

    private RuleCatalog() {}

    public static List<Rule> all() {
        return ALL;
    }

    public static List<RuleDescriptor> descriptors() {
        return ALL.stream().map(Rule::descriptor).toList();
    }

    public static Optional<Rule> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Retired rule IDs, each with the rule that reports its findings now. */
    public static Map<String, String> retired() {
        return new TreeMap<>(RETIRED);
    }

    /** The ID that stands for {@code id} now: its replacement when it was retired, else itself. */
    public static String current(String id) {
        return RETIRED.getOrDefault(id, id);
    }
}
