package org.dmreport.input.map;

import java.util.Arrays;
import java.util.Comparator;
import org.dmreport.model.DmVersion;

/**
 * A key or value that only DM versions from some release on print, and that release: the one
 * table the mapping infers a document's versions from and the README's "DM versions understood"
 * table is made of. The layouts before 2.0 (PascalCase keys, {@code workers}) are read apart, as
 * whole shapes, and head the README's table.
 */
public enum VersionSign {
    SUMMARY_OF_WORKERS("a summary (`tasks`) naming `workers`", DmVersion.of(1, 0, 2)),
    NUMERIC_ERROR("an error object `{Type, msg, error{ErrCode, ErrClass (a number), ...}}`", DmVersion.of(1, 0, 2)),
    ERROR_STATUS_SUFFIX("a task status ending `to get more details.`", DmVersion.of(1, 0, 3)),
    SUMMARY("a summary (`tasks`) naming `sources`", DmVersion.of(2, 0)),
    SOURCE_STATUS("`sourceStatus`", DmVersion.of(2, 0)),
    NAMED_ERROR(
            "an error `{ErrCode, ErrClass, ErrScope, ErrLevel, Message, RawCause, Workaround}`", DmVersion.of(2, 0)),
    STAGE_PAUSING_RESUMING("stage `Pausing` or `Resuming`", DmVersion.of(2, 0)),
    SYNC_BINLOG_TYPE("`sync.binlogType`", DmVersion.of(2, 0)),
    GROUP_FIRST_LOCATION("`unresolvedGroups[].firstLocation`", DmVersion.of(2, 0)),
    LOAD_META_GTID("`load.metaBinlogGTID`", DmVersion.of(2, 0, 1)),
    SYNC_SECONDS_BEHIND("`sync.secondsBehindMaster`", DmVersion.of(2, 0, 4)),
    STAGE_STOPPING("stage `Stopping`", DmVersion.of(5, 3)),
    DUMP_TOTAL_TABLES("`dump.totalTables`", DmVersion.of(5, 4)),
    SYNC_BLOCK_DDL_OWNER("`sync.blockDDLOwner`", DmVersion.of(6, 0)),
    VALIDATION("`validation`", DmVersion.of(6, 2)),
    SYNC_TOTAL_ROWS("`sync.totalRows`", DmVersion.of(6, 4)),
    LOAD_BPS("`load.bps`", DmVersion.of(6, 4)),
    DUMP_BPS_PROGRESS("`dump.bps` or `dump.progress`", DmVersion.of(6, 4)),
    VALIDATION_CUTOVER("`validation.cutoverBinlogPos` or `cutoverBinlogGtid`", DmVersion.of(7, 5)),
    SYNC_IO_TOTAL_BYTES("`sync.ioTotalBytes` or `sync.dumpIOTotalBytes`", DmVersion.of(9, 0));

    private final String shown;
    private final DmVersion since;

    VersionSign(String shown, DmVersion since) {
        this.shown = shown;
        this.since = since;
    }

    /** The first release that prints it. */
    public DmVersion since() {
        return since;
    }

    /**
     * The README's table: the layouts before 2.0, then each sign with the versions it implies, in
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
