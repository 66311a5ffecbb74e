package org.dmreport.app;

import java.util.Set;

/**
 * Which part of what was checked a report shows, besides its window.
 *
 * @param tasks    the tasks shown; empty for every task
 * @param clusters the clusters shown ("" for inputs that name none); empty for every cluster
 */
public record ReportScope(Set<String> tasks, Set<String> clusters) {

    public ReportScope {
        tasks = Set.copyOf(tasks);
        clusters = Set.copyOf(clusters);
    }

    /** Whether what concerns {@code cluster} is shown. */
    public boolean showsCluster(String cluster) {
        return clusters.isEmpty() || clusters.contains(cluster);
    }

    /** Whether what concerns {@code task} is shown. */
    public boolean showsTask(String task) {
        return tasks.isEmpty() || tasks.contains(task);
    }
}
