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

    /**
     * The relational format's rows: exact values for a database (no formula guard), NULL an empty unquoted field and
     * an empty string {@code ""}, as PostgreSQL's COPY and an RFC 4180 parser (Jackson's, with empty unquoted fields
     * as null) read them back.
     */
    @Test
    void exactRowsKeepNullEmptyAndEveryCharacterForADatabase() throws java.io.IOException {
        List<Object> values = java.util.Arrays.asList(null, "", " padded ", "a,b", "=cmd|' /C calc'!A0", "two\nlines",
                "say \"hi\"", 1.5, -3, "-0.25", true);
        CsvColumns.Builder<List<Object>> b = CsvColumns.builder();
        for (int k = 0; k < values.size(); k++) {
            int column = k;
            b.add("c" + k, row -> row.get(column));
        }
        String line = Csv.exactRow(b.build(), values);
        assertEquals(",\"\",\" padded \",\"a,b\",=cmd|' /C calc'!A0,\"two\nlines\",\"say \"\"hi\"\"\",1.5,-3,-0.25,true\n",
                line);
        com.fasterxml.jackson.dataformat.csv.CsvMapper csv = com.fasterxml.jackson.dataformat.csv.CsvMapper.builder()
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL).build();
        String[] read = csv.readerFor(String[].class).<String[]>readValues(line).next();
        assertEquals(java.util.Arrays.asList(null, "", " padded ", "a,b", "=cmd|' /C calc'!A0", "two\nlines",
                "say \"hi\"", "1.5", "-3", "-0.25", "true"), java.util.Arrays.asList(read));
    }
}
