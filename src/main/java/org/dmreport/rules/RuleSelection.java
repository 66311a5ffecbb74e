package org.dmreport.rules;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dmreport.findings.Category;
import org.dmreport.findings.Severity;

/**
 * Which rules run and at which severity, as linters let users tune them: every rule by default;
 * {@code --category} keeps only rules of the given categories; {@code --disable} removes a rule;
 * {@code --enable} adds one back whatever else was said; {@code --severity RULE=LEVEL} changes a
 * rule's severity. A retired rule ID stands for the rule that replaced it.
 */
public record RuleSelection(Set<String> enabled, Map<String, Severity> severities) {

    public RuleSelection {
        enabled = Set.copyOf(enabled);
        severities = Map.copyOf(severities);
    }

    /** Every rule at its default severity. */
    public static RuleSelection defaults() {
        return of(Set.of(), Set.of(), Set.of(), Map.of());
    }

    /** This selection, narrowed to the rules of {@code category}, with the same severities. */
    public RuleSelection only(Category category) {
        Set<String> kept = new LinkedHashSet<>();
        for (RuleDescriptor d : RuleCatalog.descriptors()) {
            if (d.category() == category && enabled.contains(d.id())) {
                kept.add(d.id());
            }
        }
        return new RuleSelection(kept, severities);
    }

    /** Builds a selection; throws {@link IllegalArgumentException} naming an unknown rule. */
    public static RuleSelection of(
            Collection<Category> categories,
            Collection<String> disableAsGiven,
            Collection<String> enableAsGiven,
            Map<String, Severity> severitiesAsGiven) {
        List<String> disable = disableAsGiven.stream().map(RuleCatalog::current).toList();
        List<String> enable = enableAsGiven.stream().map(RuleCatalog::current).toList();
        Map<String, Severity> severities = new LinkedHashMap<>();
        severitiesAsGiven.forEach((id, level) -> severities.put(RuleCatalog.current(id), level));
        for (String id : concat(disable, enable, severities.keySet())) {
            if (RuleCatalog.byId(id).isEmpty()) {
                throw new IllegalArgumentException("no rule '" + id + "' (dmreport rules lists them)");
            }
        }
        Set<String> enabled = new LinkedHashSet<>();
        for (RuleDescriptor d : RuleCatalog.descriptors()) {
            if (categories.isEmpty() || categories.contains(d.category())) {
                enabled.add(d.id());
            }
        }
        enabled.removeAll(disable);
        enabled.addAll(enable);
        return new RuleSelection(enabled, severities);
    }

    private static Set<String> concat(Collection<String> a, Collection<String> b, Collection<String> c) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    public boolean runs(Rule rule) {
        return enabled.contains(rule.descriptor().id());
    }

    /** The rules that run, in catalogue order: the one answer to "which rules run". */
    public List<Rule> rules() {
        return RuleCatalog.all().stream().filter(this::runs).toList();
    }

    /** The documentation of the rules that run, in catalogue order. */
    public List<RuleDescriptor> descriptors() {
        return rules().stream().map(Rule::descriptor).toList();
    }

    /** The severity findings of {@code rule} get. */
    public Severity severity(RuleDescriptor rule) {
        return severities.getOrDefault(rule.id(), rule.severity());
    }
}
