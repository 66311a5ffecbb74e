package org.dmreport.app;

import java.util.List;
import org.dmreport.input.find.ClusterNames;

/**
 * Which inputs are read, and the cluster each names.
 *
 * @param paths    the files, folders and globs named ("-" for standard input)
 * @param includes globs a file found in a folder must match (none: every file)
 * @param excludes globs that set a file found in a folder aside
 * @param clusters how an input's path names the DM cluster it describes
 */
public record InputSelection(List<String> paths, List<String> includes, List<String> excludes, ClusterNames clusters) {
    public InputSelection {
        paths = List.copyOf(paths);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }
}
