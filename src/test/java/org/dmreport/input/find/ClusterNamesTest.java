package org.dmreport.input.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How an input's path names its cluster, under each way of naming. */
class ClusterNamesTest {

    private final ClusterNames folders = ClusterNames.fromFolders();

    /** The folders between the named input and the capture time name the cluster; a date or a number starts the time. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "cluster-a|root|root/cluster-a/2026-11-26T00-00-00Z/x.json",
                "cluster-a|root/|root/cluster-a/2026-11-26T00-00-00Z/x.json",
                "east/db-1|root|root/east/db-1/2026-11-26T00-00-00Z/x.json",
                "''|root|root/2026-11-26T00-00-00Z/x.json",
                "prod|c|c/prod/2026-11-26/query-status-2026-11-26T00-00-00Z.json",
                "prod|c|c/prod/20261126/query-status.json",
                "prod|c|c/prod/2026/11/26/query-status.json",
                "prod|c|c/prod/query-status-2026-11-26T00-00-00Z.json",
                "prod-2|c|c/prod-2/2026-11-26T00-00-00Z/query-status.json"
            })
    void theFoldersBeforeTheCaptureTimeNameTheCluster(String cluster, String named, String path) {
        assertEquals(cluster, folders.of(named, path));
    }

    @Test
    void withoutATimeInThePathEveryFolderBelowTheNamedInputCounts() {
        assertEquals("prod/dm", folders.of("c", "c/prod/dm/query-status.json"));
    }

    @Test
    void aFileNamedByItselfAndStandardInputNameNone() {
        assertEquals(
                "",
                folders.of("root/cluster-a/2026-11-26T00-00-00Z/x.json", "root/cluster-a/2026-11-26T00-00-00Z/x.json"));
        assertEquals("", folders.of("-", "-"));
        assertEquals("", ClusterNames.perInput().of("-", "-"));
    }

    @Test
    void perInputEachNamedInputIsOneCluster() {
        ClusterNames perInput = ClusterNames.perInput();
        assertEquals("east", perInput.of("east/", "east/2026-11-26T00-00-00Z/x.json"));
        assertEquals("west.json", perInput.of("west.json", "west.json"));
    }

    @Test
    void aPatternTakesItsClusterGroupElseItsFirstGroupElseTheMatch() {
        assertEquals(
                "b",
                ClusterNames.matching("dc-(?<x>\\w)/(?<cluster>\\w+)/")
                        .of("r", "r/dc-a/b/2026-11-26T00-00-00Z/x.json"));
        assertEquals("a", ClusterNames.matching("dc-(\\w)/").of("r", "r/dc-a/b/x.json"));
        assertEquals("dc-a", ClusterNames.matching("dc-\\w").of("r", "r/dc-a/b/x.json"));
        assertEquals("", ClusterNames.matching("nowhere").of("r", "r/dc-a/b/x.json"));
    }

    @Test
    void equalNamesShareOneInstance() {
        assertSame(
                folders.of("root", "root/" + new String("a") + "/2026-11-26T00-00-00Z/x.json"),
                folders.of("root", "root/a/2026-11-26T00-30-00Z/y.json"));
    }
}
