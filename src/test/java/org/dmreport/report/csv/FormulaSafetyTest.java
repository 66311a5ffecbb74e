package org.dmreport.report.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which cells a spreadsheet would run as a formula, and so get a leading {@code '}. */
class FormulaSafetyTest {

    private final CsvTables tables = new CsvTables(false);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "=1+1|'=1+1",
                "@SUM(A1)|'@SUM(A1)",
                "+cmd|'+cmd",
                "-cmd|'-cmd",
                "-|'-",
                "\"-1+cmd|' /C calc'!A0\"|\"'-1+cmd|' /C calc'!A0\"",
                "-1|-1",
                "+2.5|+2.5",
                "-3e5|-3e5",
                "-12.|'-12.",
                "12-1|12-1",
                "mysql-01|mysql-01",
            })
    void onlyAWholeNumberKeepsItsSign(String cell, String written) {
        assertEquals(written, tables.neutralise(cell));
    }
}
