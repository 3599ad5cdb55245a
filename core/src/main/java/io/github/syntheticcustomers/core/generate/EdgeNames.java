package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.EpidemiologyConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names as people write them ({@code identity.edge_names}): one identity boundary case per row
 * ({@link BoundaryCases}). A field may not begin with {@code = + - @} (a spreadsheet would read a formula) nor hold
 * {@code < >} or a control character (markup, a broken line): the table is refused at load, naming the row.
 */
final class EdgeNames {

    /** The header line of the table. */
    static final String HEADER = "edge,sex,first_name,last_name,tests";
    private static final Pattern EDGE = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * One row.
     *
     * @param edge the case's id after {@code identity_}
     * @param gender female or male, from the row's sex (F or M)
     * @param firstName the first name
     * @param lastName the surname
     * @param tests what the case tests
     */
    record Row(String edge, String gender, String firstName, String lastName, String tests) {
    }

    private final List<Row> rows;

    private EdgeNames(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static EdgeNames load(String path) {
        return TableFile.load(path, "identity.edge_names", HEADER, EdgeNames::parse);
    }

    private static EdgeNames parse(TableFile table) {
        List<Row> rows = new ArrayList<>();
        Set<String> edges = new HashSet<>();
        for (TableFile.Row row : table.rows()) {
            String edge = row.field(0);
            if (!EDGE.matcher(edge).matches()) {
                throw table.error(row, "edge '" + edge + "' is not an id", "lower-case letters, digits and _");
            }
            if (!edges.add(edge)) {
                throw table.error(row, "edge '" + edge + "' listed twice", "each edge once");
            }
            String gender = switch (row.field(1)) {
                case NameTable.FEMALE -> EpidemiologyConfig.GENDER_FEMALE;
                case NameTable.MALE -> EpidemiologyConfig.GENDER_MALE;
                default -> throw table.error(row, "sex '" + row.field(1) + "' is not F or M", "F or M");
            };
            for (int i = 2; i <= 4; i++) {
                String unsafe = unsafe(row.field(i));
                if (unsafe != null) {
                    throw table.error(row, "'" + row.field(i) + "' " + unsafe,
                            "text that begins with a letter, without < > or control characters");
                }
            }
            rows.add(new Row(edge, gender, row.field(2), row.field(3), row.field(4)));
        }
        return new EdgeNames(rows);
    }

    /** Why {@code text} could execute in a spreadsheet or a browser, or null when it cannot. */
    static String unsafe(String text) {
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@') {
            return "begins with " + first + ", which a spreadsheet reads as a formula";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '>') {
                return "holds markup (" + c + ")";
            }
            if (Character.isISOControl(c)) {
                return "holds a control character";
            }
        }
        return null;
    }

    List<Row> rows() {
        return rows;
    }
}
