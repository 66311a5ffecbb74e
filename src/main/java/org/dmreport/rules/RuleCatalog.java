package org.dmreport.rules;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/** Every rule, in catalogue order: by category, then by ID. */
public final class RuleCatalog {

    /**
     * Every rule with its ID, category and default severity: the table the catalogue is made of.
     * Its words (title, explanation, example) are in {@code rules.properties} beside the rules.
     */
    private record Entry(String id, Category category, Severity severity, Rule rule) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("unreadable-input", Category.INPUT, Severity.ERROR, new UnreadableRule()),
            new Entry("text-skipped", Category.INPUT, Severity.INFO, new TextSkippedRule()),
            new Entry("lenient-repair", Category.INPUT, Severity.WARNING, new LenientRepairRule()),
            new Entry("duplicate-key", Category.INPUT, Severity.WARNING, new DuplicateKeyRule()),
            new Entry("key-case", Category.INPUT, Severity.INFO, new KeyCaseRule()),
            new Entry("value-type", Category.INPUT, Severity.WARNING, new ValueTypeRule()),
            new Entry("schema-violation", Category.SCHEMA, Severity.ERROR, new SchemaViolationRule()),
            new Entry("unknown-key", Category.SCHEMA, Severity.INFO, new UnknownKeyRule()),
            new Entry("impossible-task-status", Category.CONSISTENCY, Severity.ERROR, new ImpossibleTaskStatusRule()),
            new Entry("unknown-stage", Category.CONSISTENCY, Severity.ERROR, new UnknownStageRule()),
            new Entry("unit-status-mismatch", Category.CONSISTENCY, Severity.ERROR, new UnitStatusMismatchRule()),
            new Entry("counter-out-of-range", Category.CONSISTENCY, Severity.ERROR, new CounterRangeRule()),
            new Entry("negative-rate", Category.CONSISTENCY, Severity.WARNING, new NegativeRateRule()),
            new Entry("counter-above-total", Category.CONSISTENCY, Severity.WARNING, new CounterAboveTotalRule()),
            new Entry("negative-lag", Category.CONSISTENCY, Severity.WARNING, new NegativeLagRule()),
            new Entry("progress-mismatch", Category.CONSISTENCY, Severity.WARNING, new ProgressMismatchRule()),
            new Entry("synced-but-behind", Category.CONSISTENCY, Severity.ERROR, new SyncedButBehindRule()),
            new Entry(
                    "synced-behind-without-gtids",
                    Category.CONSISTENCY,
                    Severity.WARNING,
                    new SyncedBehindWithoutGtidsRule()),
            new Entry("synced-false-caught-up", Category.CONSISTENCY, Severity.ERROR, new SyncedFalseCaughtUpRule()),
            new Entry("position-without-file", Category.CONSISTENCY, Severity.WARNING, new PositionWithoutFileRule()),
            new Entry("syncer-ahead-of-master", Category.CONSISTENCY, Severity.WARNING, new SyncerAheadRule()),
            new Entry("blocking-ddl-with-unsynced", Category.CONSISTENCY, Severity.ERROR, new ShardingStateRule()),
            new Entry("lock-without-group", Category.CONSISTENCY, Severity.WARNING, new LockGroupRule()),
            new Entry("group-without-lock", Category.CONSISTENCY, Severity.INFO, new GroupWithoutLockRule()),
            new Entry("duplicate-source", Category.CONSISTENCY, Severity.ERROR, new DuplicateSourceRule()),
            new Entry("source-requested-twice", Category.CONSISTENCY, Severity.WARNING, new SourceRequestedTwiceRule()),
            new Entry("relay-unit-subtask", Category.CONSISTENCY, Severity.ERROR, new RelayUnitSubtaskRule()),
            new Entry("check-unit-subtask", Category.CONSISTENCY, Severity.WARNING, new CheckUnitSubtaskRule()),
            new Entry("task-without-sources", Category.CONSISTENCY, Severity.ERROR, new TaskWithoutSourcesRule()),
            new Entry(
                    "dmctl-older-than-cluster",
                    Category.CONSISTENCY,
                    Severity.WARNING,
                    new DmctlOlderThanClusterRule()),
            new Entry("failed-without-msg", Category.CONSISTENCY, Severity.WARNING, new FailedWithoutMsgRule()),
            new Entry("missing-keys-for-version", Category.CONSISTENCY, Severity.WARNING, new MissingKeysRule()),
            new Entry("deprecated-counter-mismatch", Category.CONSISTENCY, Severity.ERROR, new DeprecatedCounterRule()),
            new Entry("summary-disagrees", Category.CONSISTENCY, Severity.WARNING, new SummaryDisagreesRule()),
            new Entry("summary-task-missing", Category.CONSISTENCY, Severity.WARNING, new SummaryTaskMissingRule()),
            new Entry("conflicting-captures", Category.CONSISTENCY, Severity.WARNING, new ConflictingCapturesRule()),
            new Entry("impossible-transition", Category.TRANSITION, Severity.WARNING, new ImpossibleTransitionRule()),
            new Entry("assumed-transition-path", Category.TRANSITION, Severity.INFO, new AssumedPathRule()),
            new Entry("subtask-recreated", Category.TRANSITION, Severity.WARNING, new SubtaskRecreatedRule()),
            new Entry("position-went-backwards", Category.TRANSITION, Severity.WARNING, new PositionBackwardsRule()),
            new Entry("counter-went-backwards", Category.TRANSITION, Severity.WARNING, new CounterBackwardsRule()),
            new Entry("subtask-restarted", Category.TRANSITION, Severity.INFO, new SubtaskRestartedRule()),
            new Entry(
                    "unexplained-summary-change",
                    Category.TRANSITION,
                    Severity.WARNING,
                    new UnexplainedSummaryChangeRule()),
            new Entry("capture-time-outlier", Category.INPUT, Severity.WARNING, new CaptureTimeOutlierRule()),
            new Entry("paused-with-error", Category.HEALTH, Severity.WARNING, new PausedWithErrorRule()),
            new Entry("relay-paused", Category.HEALTH, Severity.WARNING, new RelayPausedRule()),
            new Entry("source-not-answering", Category.HEALTH, Severity.WARNING, new SourceNotAnsweringRule()),
            new Entry("master-unreachable", Category.HEALTH, Severity.WARNING, new MasterUnreachableRule()),
            new Entry("ddl-lock-blocked", Category.HEALTH, Severity.WARNING, new LockBlockedRule()),
            new Entry("optimistic-ddl-conflict", Category.HEALTH, Severity.WARNING, new OptimisticConflictRule()),
            new Entry("running-without-progress", Category.HEALTH, Severity.WARNING, new StallRule()),
            new Entry("replication-lag", Category.HEALTH, Severity.WARNING, new LagRule()),
            new Entry("lag-contradiction", Category.HEALTH, Severity.INFO, new LagContradictionRule()));

    /** Each rule class's descriptor: its entry and its words. */
    private static final Map<Class<?>, RuleDescriptor> BY_CLASS = new HashMap<>();

    static {
        for (Entry e : ENTRIES) {
            BY_CLASS.put(e.rule().getClass(), RuleWords.describe(e.id(), e.category(), e.severity()));
        }
    }

    private static final List<Rule> ALL = ENTRIES.stream()
            .map(Entry::rule)
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

    /** The descriptor of the rule class {@code type}. */
    static RuleDescriptor descriptorOf(Class<?> type) {
        RuleDescriptor d = BY_CLASS.get(type);
        if (d == null) {
            throw new IllegalStateException(type.getName() + " is not in the rule catalogue");
        }
        return d;
    }

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
