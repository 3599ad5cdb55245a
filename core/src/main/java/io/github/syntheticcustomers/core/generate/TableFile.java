package io.github.syntheticcustomers.core.generate;

import io.github.syntheticcustomers.core.config.ConfigException;
import io.github.syntheticcustomers.core.config.IdentityConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One table the {@code identity} configuration names, read as its rows: a CSV file of {@code #} comment lines, a
 * header line and one row a line, fields separated by commas (no quoting: the tables' values hold no commas).
 * Every problem is a {@link ConfigException} that names the table, its line and the configuration property.
 */
final class TableFile {

    /** The parsed class-path tables, kept for the JVM's life: they are part of the jar and never change. */
    private static final Map<String, Object> CLASSPATH_CACHE = new ConcurrentHashMap<>();

    /** One row: its fields and its 1-based line in the file. */
    record Row(int line, String[] fields) {

        String field(int i) {
            return fields[i];
        }
    }

    private final String path;
    private final String property;
    private final List<Row> rows;

    private TableFile(String path, String property, List<Row> rows) {
        this.path = path;
        this.property = property;
        this.rows = rows;
    }

    /**
     * The table at {@code path} parsed by {@code parser}; a class-path table is parsed once per JVM.
     *
     * @param header the exact header line the table must have
     */
    @SuppressWarnings("unchecked")
    static <T> T load(String path, String property, String header, java.util.function.Function<TableFile, T> parser) {
        if (path.startsWith(IdentityConfig.CLASSPATH)) {
            return (T) CLASSPATH_CACHE.computeIfAbsent(path, p -> parser.apply(read(p, property, header)));
        }
        return parser.apply(read(path, property, header));
    }

    private static TableFile read(String path, String property, String header) {
        String text = text(path, property, header);
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        int columns = header.split(",", -1).length;
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!l.equals(header)) {
                    throw ConfigException.inTable(path, lineNumber, property, "unexpected header line", l, header);
                }
                headerSeen = true;
                continue;
            }
            String[] fields = l.split(",", -1);
            if (fields.length != columns) {
                throw ConfigException.inTable(path, lineNumber, property, "has " + fields.length + " fields, not "
                        + columns, l, header);
            }
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].isBlank()) {
                    throw ConfigException.inTable(path, lineNumber, property, "field " + header.split(",")[i]
                            + " is blank", l, header);
                }
            }
            rows.add(new Row(lineNumber, fields));
        }
        if (rows.isEmpty()) {
            throw ConfigException.inTable(path, -1, property, "has no rows", null, header + ", then one row a line");
        }
        return new TableFile(path, property, List.copyOf(rows));
    }

    private static String text(String path, String property, String header) {
        String allowed = "a CSV table with the header " + header;
        if (path.startsWith(IdentityConfig.CLASSPATH)) {
            String resource = path.substring(IdentityConfig.CLASSPATH.length());
            resource = resource.startsWith("/") ? resource.substring(1) : resource;
            try (InputStream in = TableFile.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw ConfigException.inTable(path, -1, property, "no such class-path resource", path, allowed);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw ConfigException.inTable(path, -1, property, "cannot read: " + e.getMessage(), path, allowed);
            }
        }
        Path file = Path.of(path);
        try {
            if (Files.isDirectory(file)) {
                throw ConfigException.inTable(path, -1, property, "is a directory, not a file", path, allowed);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw ConfigException.inTable(path, -1, property, "table file does not exist", path, allowed);
        } catch (IOException e) {
            throw ConfigException.inTable(path, -1, property, "cannot read: " + e.getMessage(), path, allowed);
        }
    }

    List<Row> rows() {
        return rows;
    }

    /** A problem with one row. */
    ConfigException error(Row row, String problem, String allowed) {
        return ConfigException.inTable(path, row.line(), property, problem, String.join(",", row.fields()), allowed);
    }

    /** A problem with the table as a whole. */
    ConfigException error(String problem, String value, String allowed) {
        return ConfigException.inTable(path, -1, property, problem, value, allowed);
    }

    /** Field {@code i} of {@code row} as a whole number from 1 to {@code max}. */
    long positive(Row row, int i, long max) {
        String f = row.field(i);
        try {
            long v = Long.parseLong(f);
            if (v >= 1 && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(row, "'" + f + "' is not a whole number 1–" + max, "a whole number 1–" + max);
    }

    /** Field {@code i} of {@code row} as a percentage 0–100. */
    double percent(Row row, int i) {
        String f = row.field(i);
        try {
            double v = Double.parseDouble(f);
            if (v >= 0 && v <= 100) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(row, "'" + f + "' is not a percentage 0–100", "a number 0–100");
    }

    String path() {
        return path;
    }
}
