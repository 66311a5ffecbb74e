package org.dmreport.app;

import java.util.ArrayList;
import java.util.List;
import org.dmreport.input.find.ClusterNames;
import org.dmreport.input.find.OutputTarget;

/**
 * Which inputs are read, and the cluster each names.
 *
 * @param paths    the files, folders and globs named ("-" for standard input)
 * @param includes globs a file found in a folder must match (none: every file)
 * @param excludes globs that set a file found in a folder aside
 * @param clusters how an input's path names the DM cluster it describes
 * @param outputs  the files the command will write: none may be an input found, named or walked
 */
public record InputSelection(
        List<String> paths,
        List<String> includes,
        List<String> excludes,
        ClusterNames clusters,
        List<OutputTarget> outputs) {
    public InputSelection {
        paths = List.copyOf(paths);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        outputs = List.copyOf(outputs);
    }

    /** A selection that writes nothing the finder must guard. */
    public InputSelection(List<String> paths, List<String> includes, List<String> excludes, ClusterNames clusters) {
        this(paths, includes, excludes, clusters, List.of());
    }

    /** This selection of {@code others} instead of its paths, with the same filters and guards. */
    public InputSelection of(List<String> others) {
        return new InputSelection(others, includes, excludes, clusters, outputs);
    }

    /** This selection, guarding {@code targets} too. */
    public InputSelection guarding(List<OutputTarget> targets) {
        List<OutputTarget> all = new ArrayList<>(outputs);
        all.addAll(targets);
        return new InputSelection(paths, includes, excludes, clusters, all);
    }
}
