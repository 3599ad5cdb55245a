package io.github.syntheticcustomers.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells a spreadsheet would execute are neutralised; everything else is plain RFC 4180. */
class CsvTest {

    @Test
    void formulaCellsGetALeadingQuoteAndAreQuoted() {
        assertEquals("\"'=cmd|' /C calc'!A0\"\n", Csv.row(List.of("=cmd|' /C calc'!A0")));
        assertEquals("\"'+1-201-555-0114\"\n", Csv.row(List.of("+1-201-555-0114")), "a spreadsheet would subtract");
        assertEquals("\"'-2+3\"\n", Csv.row(List.of("-2+3")));
        assertEquals("\"'@SUM(A1:A9)\"\n", Csv.row(List.of("@SUM(A1:A9)")));
        assertEquals("\"'-\"\n", Csv.row(List.of("-")));
        assertEquals("\"'=1,2\"\n", Csv.row(List.of("=1,2")));
    }

    @Test
    void tabAndCarriageReturnStartsAreNeutralisedToo() {
        assertEquals("\"'\tx\"\n", Csv.row(List.of("\tx")));
        assertEquals("\"'\rx\"\n", Csv.row(List.of("\rx")));
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertEquals("-3,-0.25,42,Registered Nurse,\"a, b\",\"say \"\"hi\"\"\",x=1\n",
                Csv.row(List.of("-3", "-0.25", "42", "Registered Nurse", "a, b", "say \"hi\"", "x=1")));
    }
}
