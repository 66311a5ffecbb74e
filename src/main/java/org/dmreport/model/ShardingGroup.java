package org.dmreport.model;

import java.util.List;

/**
 * One unresolved sharding DDL group of a Sync unit.
 *
 * @param firstLocation {@code firstLocation} (DM 2.0+) or {@code firstPos} (1.0)
 */
public record ShardingGroup(
        String target,
        List<String> ddls,
        String firstLocation,
        List<String> synced,
        List<String> unsynced,
        Where where) {
    public ShardingGroup {
        ddls = List.copyOf(ddls);
        synced = List.copyOf(synced);
        unsynced = List.copyOf(unsynced);
    }
}
