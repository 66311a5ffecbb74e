package org.dmreport.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Accepted findings, by fingerprint (rule, task, source, pointer: not the file, since captures are
 * taken again and again). A baseline file holds one {@code FINGERPRINT RULE TASK SOURCE POINTER}
 * line per finding, sorted; lines starting with {@code #} are comments.
 */
public record Baseline(Set<String> fingerprints) {

    public Baseline {
        fingerprints = Set.copyOf(fingerprints);
    }

    public static Baseline empty() {
        return new Baseline(Set.of());
    }

    /** The longest line a baseline file may have: a written one is well under 1,000 characters. */
    public static final int MAX_LINE = 4096;

    /**
     * Parses a baseline file's text; throws {@link IllegalArgumentException} on a malformed line,
     * its message starting with the line's number and a colon, quoting at most 40 characters of it.
     */
    public static Baseline parse(String text) {
        Set<String> fingerprints = new TreeSet<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.length() > MAX_LINE) {
                throw new IllegalArgumentException(
                        number + ": a line longer than " + MAX_LINE + " characters: not a baseline file");
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String first = trimmed.split("\\s+", 2)[0];
            if (!first.matches("[0-9a-f]{16}")) {
                String quoted = first.length() > 40 ? first.substring(0, 40) + "..." : first;
                throw new IllegalArgumentException(
                        number + ": expected a 16-digit fingerprint, found '" + quoted + "'");
            }
            fingerprints.add(first);
        }
        return new Baseline(fingerprints);
    }

    /** The file text that accepts {@code findings}: one sorted line per distinct fingerprint. */
    public static String write(List<Finding> findings) {
        TreeSet<String> lines = new TreeSet<>();
        for (Finding f : findings) {
            lines.add(f.fingerprint() + " " + f.ruleId() + " " + dash(f.task()) + " " + dash(f.source()) + " "
                    + dash(f.pointer()));
        }
        StringBuilder out = new StringBuilder(
                "# dmreport baseline: findings accepted by fingerprint " + "(rule, task, source, JSON pointer)\n");
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private static String dash(String text) {
        return text.isEmpty() ? "-" : text.replace(' ', '_');
    }

    /** Findings with those the baseline accepts marked, and the baseline's entries nothing matched. */
    public Applied apply(List<Finding> findings) {
        Set<String> used = new TreeSet<>();
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String fingerprint = f.fingerprint();
            if (fingerprints.contains(fingerprint)) {
                used.add(fingerprint);
                marked.add(f.asBaselined());
            } else {
                marked.add(f);
            }
        }
        Set<String> stale = new TreeSet<>(fingerprints);
        stale.removeAll(used);
        return new Applied(marked, List.copyOf(stale));
    }

    /** The outcome of applying a baseline. */
    public record Applied(List<Finding> findings, List<String> stale) {}
}
