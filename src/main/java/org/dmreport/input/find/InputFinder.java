package org.dmreport.input.find;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import org.dmreport.model.Problem;

/**
 * Turns the command line's inputs into the list of inputs to read, in a fixed order: arguments in
 * the order given; directories walked recursively with entries sorted by name, following symbolic
 * links but never a loop, hidden entries (names starting with {@code .}) skipped. A matching entry
 * that is not a regular file (a dangling link, a named pipe, a device) is a warning, never read. In directories
 * only files matching an include glob (by default the usual capture names) and no exclude glob are
 * taken; a file named explicitly is always read. Globs are the JDK's {@code glob:} syntax, matched
 * against the path below the named directory, or against the file name when the glob has no
 * {@code /}. Each input is told the cluster it describes ({@link ClusterNames}).
 */
public final class InputFinder {

    /** Names taken in directories when no {@code --include} is given. */
    public static final List<String> DEFAULT_INCLUDES = List.of("*.json", "*.json.gz", "*.txt", "*.log", "*.out");

    /**
     * What was found: the inputs in order; by input, its size in bytes as the walk saw it (-1 when
     * not looked at: standard input and files named on the command line); and problems with the
     * arguments themselves.
     */
    public record Found(List<InputSource> inputs, List<Long> sizes, List<Problem> problems, List<String> warnings) {}

    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final ClusterNames clusters;

    /** A finder whose inputs name their cluster by folder ({@link ClusterNames#fromFolders()}). */
    public InputFinder(List<String> includes, List<String> excludes) {
        this(includes, excludes, ClusterNames.fromFolders());
    }

    public InputFinder(List<String> includes, List<String> excludes, ClusterNames clusters) {
        this.includes = (includes.isEmpty() ? DEFAULT_INCLUDES : includes)
                .stream().map(Glob::new).toList();
        this.excludes = excludes.stream().map(Glob::new).toList();
        this.clusters = clusters;
    }

    /**
     * Why {@code pattern} is not a glob, in one line, or null when it is one: the JDK's message
     * spans three lines (the regular expression it became, and a caret).
     */
    public static String globProblem(String pattern) {
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            return null;
        } catch (PatternSyntaxException e) {
            return e.getDescription() + (e.getIndex() >= 0 ? " at character " + (e.getIndex() + 1) : "");
        }
    }

    private record Glob(PathMatcher matcher, boolean onName) {
        Glob(String pattern) {
            this(FileSystems.getDefault().getPathMatcher("glob:" + pattern), !pattern.contains("/"));
        }

        boolean matches(Path relative) {
            return matcher.matches(onName ? relative.getFileName() : relative);
        }
    }

    public Found find(List<String> arguments) {
        List<InputSource> inputs = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals(InputSource.STDIN)) {
                inputs.add(new InputSource(InputSource.STDIN, null, clusters.of(argument, argument)));
                sizes.add(-1L);
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                Set<Object> visited = new HashSet<>();
                walk(argument, argument, path, path, attributes(path), visited, inputs, sizes, problems, warnings);
            } else if (Files.isRegularFile(path)) {
                inputs.add(new InputSource(argument, path, clusters.of(argument, argument)));
                sizes.add(-1L);
            } else if (Files.exists(path)) {
                problems.add(new Problem(argument, 0, 0, "not a regular file or directory"));
            } else {
                problems.add(new Problem(argument, 0, 0, "no such file or directory"));
            }
        }
        return new Found(List.copyOf(inputs), List.copyOf(sizes), List.copyOf(problems), List.copyOf(warnings));
    }

    /**
     * Walks {@code dir}, whose attributes are {@code attributes} (read through links, or null when
     * they could not be). One attribute read per entry tells directories from files; a directory is
     * known by its file key (device and inode) where the file system has one, else by its real path.
     */
    private void walk(
            String named,
            String shown,
            Path root,
            Path dir,
            BasicFileAttributes attributes,
            Set<Object> visited,
            List<InputSource> inputs,
            List<Long> sizes,
            List<Problem> problems,
            List<String> warnings) {
        try {
            Object key = attributes != null && attributes.fileKey() != null ? attributes.fileKey() : dir.toRealPath();
            if (!visited.add(key)) {
                warnings.add(shown
                        + ": directory already walked (a symbolic link loop or a second link to it), not followed");
                return;
            }
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, 0, "cannot resolve directory: " + e.getMessage()));
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            problems.add(new Problem(shown, 0, 0, "cannot list directory: " + e.getMessage()));
            return;
        }
        entries.sort(
                (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            String entryShown = shown.endsWith("/") ? shown + name : shown + "/" + name;
            BasicFileAttributes entryAttributes = attributes(entry);
            if (entryAttributes != null && entryAttributes.isDirectory()) {
                walk(named, entryShown, root, entry, entryAttributes, visited, inputs, sizes, problems, warnings);
            } else if (!taken(root.relativize(entry))) {
                continue;
            } else if (entryAttributes == null) {
                warnings.add(
                        entryShown + ": a symbolic link to nothing (or a file that cannot be looked at), not read");
            } else if (entryAttributes.isRegularFile()) {
                inputs.add(new InputSource(entryShown, entry, clusters.of(named, entryShown)));
                sizes.add(entryAttributes.size());
            } else {
                // Opening a named pipe would wait for a writer; a device could be endless.
                warnings.add(entryShown + ": a named pipe, socket or device, not a regular file: not read");
            }
        }
    }

    /** The attributes of {@code path}, through symbolic links; null when there are none to read (a dangling link). */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private boolean taken(Path relative) {
        return includes.stream().anyMatch(g -> g.matches(relative))
                && excludes.stream().noneMatch(g -> g.matches(relative));
    }
}
