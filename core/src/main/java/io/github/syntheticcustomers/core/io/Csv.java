package io.github.syntheticcustomers.core.io;

import io.github.syntheticcustomers.core.internal.Decimals;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 fields and rows, LF line ends, numbers in {@link Decimals#format} text.
 *
 * <p>Cells a spreadsheet would execute as a formula, those starting with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, are neutralised as the OWASP CSV-injection guidance says: a single
 * quote is put in front and the cell is quoted, so {@code =cmd|' /C calc'!A0} is written
 * {@code "'=cmd|' /C calc'!A0"}. Plain numbers ({@code -3}, {@code -0.25}) are left as they are: no spreadsheet
 * runs them.
 */
final class Csv {

    private Csv() {
    }

    static String row(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            field(sb, fields.get(i));
        }
        return sb.append('\n').toString();
    }

    static <T> String row(CsvColumns<T> columns, T record) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.values().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = columns.values().get(i).apply(record);
            field(sb, v instanceof Double d ? Decimals.format(d) : v == null ? "" : String.valueOf(v));
        }
        return sb.append('\n').toString();
    }

    /**
     * A row of the {@link Format#RELATIONAL relational} format: every value exactly as the JSON files hold it (a
     * database must get the data, not a spreadsheet's guard), NULL as an empty field and an empty string as
     * {@code ""}, as PostgreSQL's {@code COPY ... (FORMAT csv)} reads them; instants in ISO-8601 UTC.
     */
    static <T> String exactRow(CsvColumns<T> columns, T record) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.values().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = columns.values().get(i).apply(record);
            if (v == null) {
                continue;
            }
            String text = v instanceof Double d ? Decimals.format(d) : String.valueOf(v);
            if (text.isEmpty() || text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0 || text.startsWith(" ") || text.endsWith(" ")) {
                sb.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(text);
            }
        }
        return sb.append('\n').toString();
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

    /** Whether a spreadsheet would take {@code value} for a formula (OWASP's list of leading characters). */
    static boolean isFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return trigger && !PLAIN_NUMBER.matcher(value).matches();
    }

    private static void field(StringBuilder sb, String raw) {
        boolean formula = isFormula(raw);
        String value = formula ? "'" + raw : raw;
        boolean quote = formula || value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (quote) {
            sb.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(value);
        }
    }
}
