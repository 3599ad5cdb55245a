package io.github.syntheticcustomers.core.io;

import io.github.syntheticcustomers.core.internal.Decimals;
import java.util.List;

/** RFC 4180 fields and rows, LF line ends, numbers in {@link Decimals#format} text. */
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

    private static void field(StringBuilder sb, String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        if (quote) {
            sb.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(value);
        }
    }
}
