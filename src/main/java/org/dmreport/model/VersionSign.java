package org.dmreport.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A key or value that only DM versions from some release on print, and that release: the one
 * table the mapping infers a document's versions from, {@code missing-keys} judges a document by
 * (the keys each release {@link #always() always prints}), and versions.md's "DM versions
 * understood" table is made of. A sign of keys names them and their object, and the mapping looks them up
 * here ({@link Fields#sawKeysOf}); a sign of shape or value is noted where the mapping recognises
 * it. The layouts before 2.0 (PascalCase keys, {@code workers}) are read apart, as whole shapes,
 * and head versions.md's table.
 */
public enum VersionSign {
    SUMMARY_OF_WORKERS("a summary (`tasks`) naming `workers`", DmVersion.of(1, 0, 2)),
    NUMERIC_ERROR("an error object `{Type, msg, error{ErrCode, ErrClass (a number), ...}}`", DmVersion.of(1, 0, 2)),
    ERROR_STATUS_SUFFIX("a task status ending `to get more details.`", DmVersion.of(1, 0, 3)),
    SUMMARY("a summary (`tasks`) naming `sources`", DmVersion.of(2, 0)),
    SOURCE_STATUS("`sourceStatus`", DmVersion.of(2, 0), "source.msg"),
    NAMED_ERROR(
            "an error `{ErrCode, ErrClass, ErrScope, ErrLevel, Message, RawCause, Workaround}`", DmVersion.of(2, 0)),
    STAGE_PAUSING_RESUMING("stage `Pausing` or `Resuming`", DmVersion.of(2, 0)),
    SYNC_BINLOG_TYPE(DmVersion.of(2, 0), "sync", List.of("binlogType"), List.of("binlogType")),
    GROUP_FIRST_LOCATION(DmVersion.of(2, 0), "unresolvedGroups[]", "firstLocation"),
    LOAD_META_GTID(DmVersion.of(2, 0, 1), "load", List.of("metaBinlogGTID"), List.of("metaBinlogGTID")),
    SYNC_SECONDS_BEHIND(DmVersion.of(2, 0, 4), "sync", List.of("secondsBehindMaster"), List.of("secondsBehindMaster")),
    STAGE_STOPPING("stage `Stopping`", DmVersion.of(5, 3)),
    OPENAPI("a DM OpenAPI status document (`source_name`, `status_list`, `sync_status`, ...)", DmVersion.of(5, 3)),
    // The API copies the proto's fields: none of its objects can show a field before the proto has it.
    API_DUMP_STATUS(DmVersion.of(5, 4), "SubTaskStatus", "dump_status"),
    DUMP_TOTAL_TABLES(DmVersion.of(5, 4), "dump", "totalTables"),
    // 6.0 added both for optimistic sharding DDL; blockDDLOwner alone is the sign, as it always was.
    SYNC_BLOCK_DDL_OWNER(DmVersion.of(6, 0), "sync", List.of("blockDDLOwner"), List.of("blockDDLOwner", "conflictMsg")),
    VALIDATION("`validation`", DmVersion.of(6, 2), "subtask.validation"),
    // 6.4 added totalRows and still prints the old totalEvents beside it, always.
    SYNC_TOTAL_ROWS(DmVersion.of(6, 4), "sync", List.of("totalRows"), List.of("totalRows", "totalEvents")),
    LOAD_BPS(DmVersion.of(6, 4), "load", List.of("bps"), List.of("bps")),
    DUMP_BPS_PROGRESS(DmVersion.of(6, 4), "dump", "bps", "progress"),
    API_LOAD_BPS(DmVersion.of(6, 4), "LoadStatus", "bps"),
    API_DUMP_BPS_PROGRESS(DmVersion.of(6, 4), "DumpStatus", "bps", "progress"),
    VALIDATION_CUTOVER(DmVersion.of(7, 5), "validation", "cutoverBinlogPos", "cutoverBinlogGtid"),
    SYNC_IO_TOTAL_BYTES(DmVersion.of(9, 0), "sync", "ioTotalBytes", "dumpIOTotalBytes"),
    API_SYNC_IO_TOTAL_BYTES(DmVersion.of(9, 0), "SyncStatus", "io_total_bytes", "dump_io_total_bytes");

    /** The keyed signs by the object that holds their keys. */
    private static final Map<String, List<VersionSign>> BY_OBJECT =
            Arrays.stream(values()).filter(s -> s.object != null).collect(Collectors.groupingBy(s -> s.object));

    private final String shown;
    private final DmVersion since;
    private final String object;
    private final List<String> keys;
    /** Keys, as {@code object.key}, that every release from {@link #since} on prints. */
    private final List<String> always;

    /**
     * A sign the mapping recognises by a shape or a value, described by {@code shown}; from its
     * release on DM always prints {@code always} ({@code object.key}: {@code subtask.validation}).
     */
    VersionSign(String shown, DmVersion since, String... always) {
        this.shown = shown;
        this.since = since;
        this.object = null;
        this.keys = List.of();
        this.always = List.of(always);
    }

    /** A sign that is any of {@code keys} in {@code object}, whatever its value: the key was printed. */
    VersionSign(DmVersion since, String object, String... keys) {
        this(since, object, List.of(keys), List.of());
    }

    /**
     * A sign that is any of {@code keys} in {@code object}; from its release on DM prints every one of
     * {@code always} in {@code object}, whatever its value.
     */
    VersionSign(DmVersion since, String object, List<String> keys, List<String> always) {
        this.shown = keys.stream().map(key -> "`" + object + "." + key + "`").collect(Collectors.joining(" or "));
        this.since = since;
        this.object = object;
        this.keys = keys;
        this.always = always.stream().map(k -> object + "." + k).toList();
    }

    /** The signs whose keys {@code object} ({@code sync}, {@code load}, ...) may hold. */
    public static List<VersionSign> keyedIn(String object) {
        return BY_OBJECT.getOrDefault(object, List.of());
    }

    /** The object that holds this sign's keys ({@code sync}, {@code unresolvedGroups[]}, ...); null for the others. */
    public String object() {
        return object;
    }

    /** The keys that are this sign; empty for a sign of shape or value. */
    public List<String> keys() {
        return keys;
    }

    /**
     * The keys, as {@code object.key} ({@code sync.binlogType}, {@code source.msg}), that every DM
     * release from {@link #since()} on prints, whatever their values: a document of such a release
     * without one was edited.
     */
    public List<String> always() {
        return always;
    }

    /** The first release that prints it. */
    public DmVersion since() {
        return since;
    }

    /**
     * versions.md's table: the layouts before 2.0, then each sign with the versions it implies, in
     * release order.
     */
    public static String markdown() {
        StringBuilder out = new StringBuilder("| keys | version |\n|---|---|\n");
        out.append("| PascalCase `TotalEvents`, `MasterBinlog`, ... | `< 1.0` (2018 builds) |\n");
        out.append("| `workers` (full response or summary) | `1.0.x`: `>= 1.0.2, < 2.0` with the signs of 1.0.2 |\n");
        Arrays.stream(values())
                .sorted(Comparator.comparing(VersionSign::since))
                .forEach(s -> out.append("| ")
                        .append(s.shown)
                        .append(" | `>= ")
                        .append(s.since)
                        .append("` |\n"));
        return out.toString();
    }
}
