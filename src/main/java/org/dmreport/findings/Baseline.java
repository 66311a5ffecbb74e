package org.dmreport.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Accepted findings, by fingerprint. A finding about a document (schema, value types, impossible
 * statuses, counters, transitions) is accepted by what it is about: rule, task, source and pointer,
 * not the file, since captures are taken again and again. A health finding is an event, accepted
 * by its episode: its fingerprint holds the episode's start, so a later episode of the same kind on
 * the same subtask is new (see {@link Finding#fingerprint()}). A baseline file holds one
 * {@code FINGERPRINT RULE TASK SOURCE POINTER [EPISODE-START]} line per finding, sorted; lines
 * starting with {@code #} are comments.
 *
 * @param entries  the accepted fingerprints, each with its line's rule
 * @param startless fingerprints of health rules' entries that name no episode start: written before
 *                 health findings were accepted by episode (or of a finding with no capture time);
 *                 one that matches nothing is stale, with a hint to write the baseline again
 */
public record Baseline(Map<String, String> entries, Set<String> startless) {

    public Baseline {
        entries = Map.copyOf(entries);
        startless = Set.copyOf(startless);
    }

    public static Baseline empty() {
        return new Baseline(Map.of(), Set.of());
    }

    /** The longest line a baseline file may have: a written one is well under 1,000 characters. */
    public static final int MAX_LINE = 4096;

    /**
     * Parses a baseline file's text; {@code episodic} tells the health rules, whose entries without an
     * episode start are outdated. Throws {@link IllegalArgumentException} on a malformed line, its
     * message starting with the line's number and a colon, quoting at most 40 characters of it.
     */
    public static Baseline parse(String text, Predicate<String> episodic) {
        Map<String, String> entries = new TreeMap<>();
        Set<String> startless = new TreeSet<>();
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
            String[] fields = trimmed.split("\\s+");
            String first = fields[0];
            if (!first.matches("[0-9a-f]{16}")) {
                String quoted = first.length() > 40 ? first.substring(0, 40) + "..." : first;
                throw new IllegalArgumentException(
                        number + ": expected a 16-digit fingerprint, found '" + quoted + "'");
            }
            String rule = fields.length > 1 ? fields[1] : "";
            entries.put(first, rule);
            if (fields.length == 5 && episodic.test(rule)) {
                startless.add(first);
            }
        }
        return new Baseline(entries, startless);
    }

    /** The file text that accepts {@code findings}: one sorted line per distinct fingerprint. */
    public static String write(List<Finding> findings) {
        TreeSet<String> lines = new TreeSet<>();
        for (Finding f : findings) {
            lines.add(f.fingerprint() + " " + f.ruleId() + " " + dash(f.task()) + " " + dash(f.source()) + " "
                    + dash(f.pointer()) + (byEpisode(f) ? " " + f.episode().from() : ""));
        }
        StringBuilder out = new StringBuilder("# dmreport baseline: findings accepted by fingerprint (rule, task, "
                + "source, JSON pointer; for a health episode also its start)\n");
        lines.forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    /** How many distinct entries {@link #write} writes of each kind: {document findings, episodes}. */
    public static int[] counts(List<Finding> findings) {
        Set<String> documents = new TreeSet<>();
        Set<String> episodes = new TreeSet<>();
        for (Finding f : findings) {
            (byEpisode(f) ? episodes : documents).add(f.fingerprint());
        }
        return new int[] {documents.size(), episodes.size()};
    }

    /** Whether {@code f} is accepted by its episode: a health finding with a known start. */
    static boolean byEpisode(Finding f) {
        return f.category() == Category.HEALTH && f.episode() != null;
    }

    private static String dash(String text) {
        return text.isEmpty() ? "-" : text.replace(' ', '_');
    }

    /** Findings with those the baseline accepts marked, and the entries nothing matched ({@code FINGERPRINT RULE}). */
    public Applied apply(List<Finding> findings) {
        Set<String> used = new TreeSet<>();
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String fingerprint = f.fingerprint();
            if (entries.containsKey(fingerprint)) {
                used.add(fingerprint);
                marked.add(f.asBaselined());
            } else {
                marked.add(f);
            }
        }
        Set<String> stale = new TreeSet<>();
        int outdated = 0;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            if (!used.contains(entry.getKey())) {
                stale.add(entry.getKey() + (entry.getValue().isEmpty() ? "" : " " + entry.getValue()));
                outdated += startless.contains(entry.getKey()) ? 1 : 0;
            }
        }
        return new Applied(marked, List.copyOf(stale), outdated);
    }

    /**
     * The outcome of applying a baseline.
     *
     * @param outdated how many stale entries are health entries written before episodes were
     *                 baselined: writing the baseline again accepts their episodes
     */
    public record Applied(List<Finding> findings, List<String> stale, int outdated) {}
}
