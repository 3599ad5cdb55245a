package io.github.syntheticcustomers.core.relational;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a table's rows must be, worked out from the JSON Lines of the table's part and the table's description alone
 * (each column's {@code source}: a JSON property path such as {@code health_profile.conditions[].name}, or a derived
 * column: the parent's key, {@code seq}), independently of the code that writes the tables; and how a CSV cell is
 * compared with the JSON value it must hold.
 */
final class TableRows {

    /** A column source that is a JSON property path; anything else (with spaces) describes a derived column. */
    static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[\\])?(\\.[A-Za-z_][A-Za-z0-9_]*(\\[\\])?)*");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private TableRows() {
    }

    /** The part whose JSON Lines file holds the table's records, e.g. {@code customers}. */
    static String part(JsonNode table) {
        return table.get("part").asText();
    }

    /**
     * The rows {@code table} must have for {@code records} (its part's JSON records in file order), each cell the JSON
     * value it holds (null for NULL).
     */
    static List<List<JsonNode>> expected(JsonNode table, Map<String, JsonNode> tables, List<JsonNode> records) {
        List<JsonNode> columns = new ArrayList<>();
        table.get("columns").forEach(columns::add);
        List<List<JsonNode>> rows = new ArrayList<>();
        String firstSource = columns.get(0).get("source").asText();
        if (PATH.matcher(firstSource).matches()) {
            // a part's own table: one row per record
            for (JsonNode record : records) {
                List<JsonNode> row = new ArrayList<>();
                for (JsonNode c : columns) {
                    row.add(at(record, c.get("source").asText()));
                }
                rows.add(row);
            }
            return rows;
        }
        // a nested table: its first column is the parent's key
        JsonNode fk = table.get("foreign_keys").get(0);
        JsonNode parent = tables.get(fk.get("table").asText());
        String parentKeySource = column(parent, fk.get("referenced_columns").get(0).asText()).get("source").asText();
        if (table.get("name").asText().equals("customer_attributes")) {
            return attributes(records, parentKeySource);
        }
        String list = null;
        List<String> paths = new ArrayList<>();
        for (JsonNode c : columns) {
            String s = c.get("source").asText();
            if (PATH.matcher(s).matches()) {
                paths.add(s);
                if (list == null && s.contains("[]")) {
                    list = s.substring(0, s.indexOf("[]"));
                }
            }
        }
        for (JsonNode record : records) {
            JsonNode key = at(record, parentKeySource);
            if (list != null) {
                JsonNode items = at(record, list);
                if (items == null) {
                    continue;
                }
                int seq = 0;
                for (JsonNode item : items) {
                    List<JsonNode> row = new ArrayList<>(List.of(key, IntNode.valueOf(++seq)));
                    for (String p : paths) {
                        String rest = p.substring(list.length() + 2);
                        row.add(rest.isEmpty() ? item : at(item, rest.substring(1)));
                    }
                    rows.add(row);
                }
            } else {
                // a nested record: one row when it is there
                String holder = commonHolder(paths);
                if (at(record, holder) == null) {
                    continue;
                }
                List<JsonNode> row = new ArrayList<>(List.of(key));
                for (String p : paths) {
                    row.add(at(record, p));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * {@code customer_attributes}: one row per attribute, its value in the column of its kind (text, integer, number,
     * boolean, date), the other four NULL.
     */
    private static List<List<JsonNode>> attributes(List<JsonNode> records, String keySource) {
        List<List<JsonNode>> rows = new ArrayList<>();
        for (JsonNode record : records) {
            JsonNode attributes = record.get("attributes");
            if (attributes == null) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                int kind = v.isTextual() ? (DATE.matcher(v.textValue()).matches() ? 4 : 0)
                        : v.isIntegralNumber() ? 1 : v.isNumber() ? 2 : v.isBoolean() ? 3 : -1;
                if (kind < 0) {
                    throw new AssertionError("attribute " + e.getKey() + " of " + at(record, keySource)
                            + " is neither text, a number, true/false nor a date: " + v);
                }
                List<JsonNode> row = new ArrayList<>(List.of(at(record, keySource),
                        RelationalFiles.JSON.getNodeFactory().textNode(e.getKey())));
                for (int k = 0; k < 5; k++) {
                    row.add(k == kind ? v : null);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The path of the record all of {@code paths} are in: their common segments but the last. */
    private static String commonHolder(List<String> paths) {
        String[] first = paths.get(0).split("\\.");
        int n = first.length - 1;
        for (String p : paths) {
            String[] s = p.split("\\.");
            int k = 0;
            while (k < n && k < s.length - 1 && s[k].equals(first[k])) {
                k++;
            }
            n = k;
        }
        return String.join(".", java.util.Arrays.copyOf(first, n));
    }

    static JsonNode column(JsonNode table, String name) {
        for (JsonNode c : table.get("columns")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("table " + table.get("name").asText() + " has no column " + name);
    }

    /** The value at the dotted {@code path} of {@code node}, or null when a step is missing or null. */
    static JsonNode at(JsonNode node, String path) {
        JsonNode n = node;
        for (String step : path.split("\\.")) {
            n = n.get(step);
            if (n == null || n.isNull()) {
                return null;
            }
        }
        return n;
    }

    /**
     * Why the CSV {@code cell} of a column of {@code type} does not hold {@code value} (null for NULL), or null when
     * it does: NULL is an empty unquoted field, text the same characters, numbers the same text, dates and instants the
     * same ISO text, JSON columns the same JSON written the same way.
     */
    static String mismatch(String type, String cell, JsonNode value) {
        if (value == null) {
            return cell == null ? null : "expected NULL, found \"" + cell + "\"";
        }
        if (cell == null) {
            return "expected " + value + ", found NULL";
        }
        boolean same = switch (type) {
            case "text", "date", "timestamp" -> value.isTextual() && value.textValue().equals(cell);
            case "integer", "bigint" -> value.isIntegralNumber() && value.bigIntegerValue().toString().equals(cell);
            case "double" -> value.isNumber() && (value.isIntegralNumber() ? value.bigIntegerValue().toString()
                    : value.decimalValue().toPlainString()).equals(cell);
            case "boolean" -> value.isBoolean() && value.asText().equals(cell);
            case "json" -> RelationalFiles.json(cell).equals(value) && compact(value).equals(cell);
            default -> throw new AssertionError("unknown column type " + type);
        };
        return same ? null : "expected " + value + ", found \"" + cell + "\"";
    }

    /** Why {@code cell} is not a value of {@code type}, or null. */
    static String unparsable(String type, String cell) {
        try {
            switch (type) {
                case "text" -> { }
                case "integer" -> Integer.parseInt(cell);
                case "bigint" -> Long.parseLong(cell);
                case "double" -> {
                    if (!Double.isFinite(Double.parseDouble(cell)) || !cell.matches("-?[0-9]+\\.[0-9]+")) {
                        return "not a plain decimal";
                    }
                }
                case "boolean" -> {
                    if (!cell.equals("true") && !cell.equals("false")) {
                        return "not true or false";
                    }
                }
                case "date" -> LocalDate.parse(cell);
                case "timestamp" -> {
                    if (!cell.endsWith("Z")) {
                        return "not in UTC";
                    }
                    Instant.parse(cell);
                }
                case "json" -> RelationalFiles.json(cell);
                default -> throw new AssertionError("unknown column type " + type);
            }
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private static String compact(JsonNode value) {
        try {
            return RelationalFiles.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
