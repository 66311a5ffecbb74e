package org.dmreport.input.find;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which DM cluster an input describes, from its path, before it is read. By default the
 * folders between the input the user named and the capture's time name the cluster:
 * {@code root/cluster-a/2026-11-26T00-00-00Z/x.json} found under {@code root} is {@code cluster-a},
 * {@code root/2026-11-26T00-00-00Z/x.json} none, {@code root/east/db-1/x.json} {@code east/db-1}.
 * The time is the first folder that holds a date ({@code 2026-11-26}, {@code 20261126}) or is a
 * number (a year or month folder); a file named by itself, and standard input, name none. The user
 * may instead take the named input itself as the cluster, or a pattern's match in the path.
 * Thread-safe; equal names share one instance.
 */
public final class ClusterNames {

    /** A folder that starts the time part of a path: a date, or a number. */
    private static final Pattern TIME_FOLDER = Pattern.compile("(?:^|\\D)\\d{4}-?\\d{2}-?\\d{2}(?:\\D|$)|^\\d+$");

    private enum Mode {
        FOLDERS,
        PER_INPUT,
        PATTERN
    }

    private final Mode mode;
    private final Pattern pattern;
    private final Map<String, String> shared = new ConcurrentHashMap<>();
    /**
     * The cluster of the files of one folder under one named input, by the two joined: a folder of
     * a thousand captures' files is matched against the time pattern once.
     */
    private final Map<String, String> byFolder = new ConcurrentHashMap<>();

    private ClusterNames(Mode mode, Pattern pattern) {
        this.mode = mode;
        this.pattern = pattern;
    }

    /** The folders between the named input and the capture's time (the default). */
    public static ClusterNames fromFolders() {
        return new ClusterNames(Mode.FOLDERS, null);
    }

    /** Each named input (a file or a folder) is one cluster, named as the user wrote it. */
    public static ClusterNames perInput() {
        return new ClusterNames(Mode.PER_INPUT, null);
    }

    /**
     * The part of an input's path that {@code pattern} finds: its group {@code cluster} when it has
     * one, else its first group, else the whole match; no match names no cluster. RE2 syntax: the
     * user's pattern runs in time linear in the path, whatever it is.
     */
    public static ClusterNames matching(Pattern pattern) {
        return new ClusterNames(Mode.PATTERN, pattern);
    }

    /**
     * {@link #matching(Pattern)} for the regular expression {@code regex}; throws
     * IllegalArgumentException saying in one line why it is not one.
     */
    public static ClusterNames matching(String regex) {
        try {
            return matching(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : ""));
        }
    }

    /**
     * The cluster of the input shown as {@code name}, found under the argument {@code named} (equal
     * to it when the argument is the file itself); "" for none.
     */
    public String of(String named, String name) {
        if (name.equals(InputSource.STDIN)) {
            return "";
        }
        String cluster = switch (mode) {
            case FOLDERS -> {
                int slash = name.lastIndexOf('/');
                String folder = slash < 0 ? "" : name.substring(0, slash + 1);
                yield byFolder.computeIfAbsent(named + '\0' + folder, k -> betweenNamedAndTime(named, name));
            }
            case PER_INPUT -> trimmed(named);
            case PATTERN -> found(name);
        };
        return cluster.isEmpty() ? "" : shared.computeIfAbsent(cluster, c -> c);
    }

    private static String betweenNamedAndTime(String named, String name) {
        if (name.equals(named) || !name.startsWith(named)) {
            return "";
        }
        String below = name.substring(named.length());
        List<String> folders = new ArrayList<>();
        String[] parts = below.split("/");
        for (int k = 0; k < parts.length - 1; k++) {
            String folder = parts[k];
            if (folder.isEmpty()) {
                continue;
            }
            if (TIME_FOLDER.matcher(folder).find()) {
                break;
            }
            folders.add(folder);
        }
        return String.join("/", folders);
    }

    private static String trimmed(String named) {
        String name = named;
        while (name.length() > 1 && name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    private String found(String name) {
        Matcher m = pattern.matcher(name);
        if (!m.find()) {
            return "";
        }
        if (pattern.namedGroups().containsKey("cluster")) {
            return orEmpty(m.group("cluster"));
        }
        return orEmpty(m.groupCount() >= 1 ? m.group(1) : m.group());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
