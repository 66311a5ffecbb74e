package org.dmreport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The value types parse every form DM prints and compute what the analysis needs. */
class ValueTypesTest {

    @Test
    void binlogPositionsWithAndWithoutTheRelaySuffix() {
        BinlogPosition plain = BinlogPosition.parse("(mysql-bin.000001, 30830)").orElseThrow();
        BinlogPosition relay =
                BinlogPosition.parse("(mysql-bin|000002.000001, 30690)").orElseThrow();
        assertEquals("mysql-bin.000001", relay.file());
        assertEquals("000002", relay.relaySuffix());
        assertTrue(relay.compareTo(plain) < 0);
        assertFalse(relay.samePlace(plain));
        assertTrue(relay.samePlace(
                BinlogPosition.parse("(mysql-bin.000001, 30690)").orElseThrow()));
        assertEquals("(mysql-bin|000002.000001, 30690)", relay.toString());
        assertEquals(Optional.empty(), BinlogPosition.parse(""));
        assertEquals(Optional.empty(), BinlogPosition.parse("mysql-bin.000001:4"));
    }

    @Test
    void mysqlGtidSetsWithHolesAndSeveralServers() {
        GtidSet master = GtidSet.parse(
                        "5e52a3f4-e483-11eb-afeb-0242ac1c8006:1-102,\n" + "5e5966ac-e483-11eb-be47-0242ac1c8007:1")
                .orElseThrow();
        GtidSet syncer =
                GtidSet.parse("5e52a3f4-e483-11eb-afeb-0242ac1c8006:1-20:40-49").orElseThrow();
        assertEquals(103, master.transactionCount());
        assertEquals(Optional.of(103L - 30), master.countNotIn(syncer));
        assertEquals(Optional.of(0L), syncer.countNotIn(master));
        assertTrue(master.containsAll(syncer));
        assertFalse(syncer.containsAll(master));
        assertEquals(
                master,
                GtidSet.parse("5E5966AC-E483-11EB-BE47-0242AC1C8007:1,"
                                + "5e52a3f4-e483-11eb-afeb-0242ac1c8006:1-50:51-102")
                        .orElseThrow());
    }

    @Test
    void mariaDbGtidSetsAndEmptySets() {
        GtidSet master = GtidSet.parse("0-1-60,1-2-7").orElseThrow();
        GtidSet syncer = GtidSet.parse("0-1-50").orElseThrow();
        assertEquals(Optional.of(17L), master.countNotIn(syncer));
        assertEquals("0-1-60,1-2-7", master.toString());
        assertTrue(GtidSet.parse("").orElseThrow().isEmpty());
        assertEquals(
                Optional.empty(),
                master.countNotIn(
                        GtidSet.parse("5e52a3f4-e483-11eb-afeb-0242ac1c8006:1").orElseThrow()));
        assertEquals(Optional.empty(), GtidSet.parse("uuid:1-x"));
    }

    @Test
    void progressInEveryFormDmPrinted() {
        assertEquals(25.44, Progress.parse("25.44 %").orElseThrow().percent());
        assertEquals(5.0, Progress.parse(" 5.00 %").orElseThrow().percent());
        assertEquals(100.0, Progress.parse("100 %").orElseThrow().percent());
        assertEquals(0.0, Progress.parse("0 %").orElseThrow().percent());
        assertEquals(null, Progress.parse("NaN %").orElseThrow().percent());
        assertEquals(null, Progress.parse("").orElseThrow().percent());
        assertEquals(Optional.empty(), Progress.parse("25%"));
        assertEquals("25.44 %", Progress.loadText(115, 452));
        assertEquals("0.00 %", Progress.loadText(0, 0));
        assertEquals(" 5.00 %", Progress.dumpText(5));
        assertEquals("100 %", Progress.dumpText(100));
    }

    @Test
    void errorStringsEmbeddedInMessages() {
        ErrorString e = ErrorString.find("[code=38008:class=dm-master:scope=internal:level=high], Message: grpc "
                        + "request error, RawCause: rpc error: code = DeadlineExceeded, Workaround: check the network")
                .orElseThrow();
        assertEquals(38008, e.code());
        assertEquals("dm-master", e.errClass());
        assertEquals("internal", e.scope());
        assertEquals("high", e.level());
        assertEquals("grpc request error", e.message());
        assertEquals("rpc error: code = DeadlineExceeded", e.rawCause());
        assertEquals("check the network", e.workaround());
        assertEquals(Optional.empty(), ErrorString.find("plain text"));
    }

    @Test
    void locationsInFirstLocationAndErrorMessages() {
        BinlogLocation location = BinlogLocation.find(
                        "position: (mysql-bin.000001, 2022), gtid-set: " + "0a9e7a1a-7d4b-11ea-9d8a-0242ac110002:1-7")
                .orElseThrow();
        assertEquals(2022, location.position().pos());
        assertEquals("0a9e7a1a-7d4b-11ea-9d8a-0242ac110002:1-7", location.gtidSet());
        BinlogLocation inMessage = BinlogLocation.find("startLocation: [position: (bin.000001, 4), gtid-set: ], "
                        + "endLocation: [position: (bin.000001, 9), gtid-set: ]: boom")
                .orElseThrow();
        assertEquals(4, inMessage.position().pos());
        assertEquals(
                1,
                BinlogLocation.find("(bin|000001.000001, 3130)")
                        .orElseThrow()
                        .position()
                        .index());
    }

    @Test
    void versionRangesReadAsUsersExpect() {
        assertEquals(">= 6.4", DmVersionRange.atLeast(DmVersion.of(6, 4)).label());
        assertEquals("1.0.x", DmVersionRange.v1(DmVersion.of(1, 0)).label());
        assertEquals(">= 1.0.2, < 2.0", DmVersionRange.v1(DmVersion.of(1, 0, 2)).label());
        assertTrue(DmVersionRange.v1(DmVersion.of(1, 0)).includes(DmVersion.of(1, 0, 7)));
        assertFalse(DmVersionRange.v1(DmVersion.of(1, 0)).includes(DmVersion.of(2, 0)));
    }
}
