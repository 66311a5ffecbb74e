package org.dmreport.input.find;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dmreport.model.Problem;

/**
 * Turns the command line's inputs into the list of inputs to read, in a fixed order: arguments in
 * the order given; directories walked recursively with entries sorted by name, following symbolic
 * links but never a loop, hidden entries (names starting with {@code .}) skipped. A matching entry
 * that is not a regular file (a dangling link, a named pipe, a device) is a warning, never read. In directories
 * only files matching an include glob (by default the usual capture names) and no exclude glob are
 * taken; a file named explicitly is always read. Globs are the JDK's {@code glob:} syntax, matched
 * in linear time ({@link Glob}) against the path below the named directory, or against the file
 * name when the glob has no {@code /}. A name that is not valid UTF-8 is shown by its bytes
 * ({@link FileNames}). Each input is told the cluster it describes ({@link ClusterNames}).
 */
public final class InputFinder {

    /** Names taken in directories when no {@code --include} is given. */
    public static final List<String> DEFAULT_INCLUDES = List.of("*.json", "*.json.gz", "*.txt", "*.log", "*.out");

    /**
     * What was found: the inputs in order; by input, its size in bytes as the walk saw it (-1 when
     * not looked at: standard input and files named on the command line); problems with the
     * arguments themselves; and clashes: an output target that is one of the inputs found, said in
     * one line naming both (nothing must be read or written then).
     */
    public record Found(
            List<InputSource> inputs,
            List<Long> sizes,
            List<Problem> problems,
            List<String> warnings,
            List<String> clashes) {}

    private final List<Glob> includes;
    private final List<Glob> excludes;
    private final ClusterNames clusters;
    private final List<OutputTarget> outputs;

    /** A finder whose inputs name their cluster by folder ({@link ClusterNames#fromFolders()}). */
    public InputFinder(List<String> includes, List<String> excludes) {
        this(includes, excludes, ClusterNames.fromFolders());
    }

    public InputFinder(List<String> includes, List<String> excludes, ClusterNames clusters) {
        this(includes, excludes, clusters, List.of());
    }

    /**
     * A finder that also compares every input it finds, named or walked, with {@code outputs} by
     * file identity (device and inode, through links; the real path where the file system has no
     * such key), so that no output replaces an input.
     */
    public InputFinder(
            List<String> includes, List<String> excludes, ClusterNames clusters, List<OutputTarget> outputs) {
        this.outputs = List.copyOf(outputs);
        this.includes = (includes.isEmpty() ? DEFAULT_INCLUDES : includes)
                .stream().map(Glob::of).toList();
        this.excludes = excludes.stream().map(Glob::of).toList();
        this.clusters = clusters;
    }

    /**
     * Why {@code pattern} is not a glob, in one line, or null when it is one: the JDK's message
     * spans three lines (the regular expression it became, and a caret).
     */
    public static String globProblem(String pattern) {
        try {
            Glob.of(pattern);
            return null;
        } catch (Glob.SyntaxException e) {
            return e.oneLine();
        }
    }

    public Found find(List<String> arguments) {
        Search search = new Search(identities(outputs));
        for (String argument : arguments) {
            if (argument.equals(InputSource.STDIN)) {
                search.inputs.add(new InputSource(InputSource.STDIN, null, clusters.of(argument, argument)));
                search.sizes.add(-1L);
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                search.visited.clear();
                walk(search, argument, argument, path, path, attributes(path));
            } else if (Files.isRegularFile(path)) {
                search.inputs.add(new InputSource(argument, path, clusters.of(argument, argument)));
                search.sizes.add(-1L);
                search.clash(argument, path, attributes(path));
            } else if (Files.exists(path)) {
                search.problems.add(new Problem(argument, 0, 0, "not a regular file or directory"));
            } else {
                search.problems.add(new Problem(argument, 0, 0, "no such file or directory"));
            }
        }
        return new Found(
                List.copyOf(search.inputs),
                List.copyOf(search.sizes),
                List.copyOf(search.problems),
                List.copyOf(search.warnings),
                List.copyOf(search.clashes));
    }

    /** What one {@link #find} call gathers; {@code visited} holds the directories of the argument being walked. */
    private static final class Search {
        final List<InputSource> inputs = new ArrayList<>();
        final List<Long> sizes = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> clashes = new ArrayList<>();
        final Set<Object> visited = new HashSet<>();
        final Map<Object, OutputTarget> guarded;

        Search(Map<Object, OutputTarget> guarded) {
            this.guarded = guarded;
        }

        /** Notes a clash when the input {@code shown} is the same file as an output target. */
        void clash(String shown, Path input, BasicFileAttributes attributes) {
            if (guarded.isEmpty() || attributes == null) {
                return;
            }
            OutputTarget output = guarded.get(identity(input, attributes));
            if (output != null) {
                clashes.add(output.option() + " " + output.path() + ": is the input " + shown
                        + "; write the output elsewhere");
            }
        }
    }

    /** The identity of every output target that exists now: one that does not cannot be an input. */
    private static Map<Object, OutputTarget> identities(List<OutputTarget> outputs) {
        Map<Object, OutputTarget> keys = new HashMap<>();
        for (OutputTarget output : outputs) {
            BasicFileAttributes attributes = attributes(output.path());
            if (attributes != null && attributes.isRegularFile()) {
                Object key = identity(output.path(), attributes);
                if (key != null) {
                    keys.putIfAbsent(key, output);
                }
            }
        }
        return keys;
    }

    /** Device and inode where the file system has them, else the real path; null when neither can be had. */
    private static Object identity(Path path, BasicFileAttributes attributes) {
        if (attributes.fileKey() != null) {
            return attributes.fileKey();
        }
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Walks {@code dir}, whose attributes are {@code attributes} (read through links, or null when
     * they could not be). One attribute read per entry tells directories from files; a directory is
     * known by its file key (device and inode) where the file system has one, else by its real path.
     */
    private void walk(Search search, String named, String shown, Path root, Path dir, BasicFileAttributes attributes) {
        try {
            Object key = attributes != null && attributes.fileKey() != null ? attributes.fileKey() : dir.toRealPath();
            if (!search.visited.add(key)) {
                search.warnings.add(shown
                        + ": directory already walked (a symbolic link loop or a second link to it), not followed");
                return;
            }
        } catch (IOException e) {
            search.problems.add(new Problem(shown, 0, 0, "cannot resolve directory: " + e.getMessage()));
            return;
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            search.problems.add(new Problem(shown, 0, 0, "cannot list directory: " + e.getMessage()));
            return;
        }
        entries.sort(
                (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path entry : entries) {
            String name = FileNames.shown(entry);
            if (name.startsWith(".")) {
                continue;
            }
            String entryShown = shown.endsWith("/") ? shown + name : shown + "/" + name;
            BasicFileAttributes entryAttributes = attributes(entry);
            if (entryAttributes != null && entryAttributes.isDirectory()) {
                walk(search, named, entryShown, root, entry, entryAttributes);
            } else if (!taken(root.relativize(entry))) {
                continue;
            } else if (entryAttributes == null) {
                search.warnings.add(
                        entryShown + ": a symbolic link to nothing (or a file that cannot be looked at), not read");
            } else if (entryAttributes.isRegularFile()) {
                search.inputs.add(new InputSource(entryShown, entry, clusters.of(named, entryShown)));
                search.sizes.add(entryAttributes.size());
                search.clash(entryShown, entry, entryAttributes);
            } else {
                // Opening a named pipe would wait for a writer; a device could be endless.
                search.warnings.add(entryShown + ": a named pipe, socket or device, not a regular file: not read");
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
