package io.github.syntheticcustomers.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.syntheticcustomers.core.relational.ForeignKey;
import io.github.syntheticcustomers.core.relational.RelationalSchema;
import io.github.syntheticcustomers.core.relational.Table;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** SQL the tests ask a loaded schema, and what the dataset's own files say. */
final class SqlChecks {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SqlChecks() {
    }

    /** Every table's row count, in foreign-key order. */
    static Map<String, Long> counts(DataSource ds, String schema) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table t : RelationalSchema.all().tables()) {
            counts.put(t.name(), single(ds, "SELECT COUNT(*) FROM " + schema + "." + t.name()));
        }
        return counts;
    }

    /** Per foreign key ({@code table.columns}), the rows whose key refers to no row: all zero when they hold. */
    static Map<String, Long> orphans(DataSource ds, String schema) throws SQLException {
        Map<String, Long> orphans = new LinkedHashMap<>();
        for (Table t : RelationalSchema.all().tables()) {
            for (ForeignKey f : t.foreignKeys()) {
                StringBuilder match = new StringBuilder();
                for (int k = 0; k < f.columns().size(); k++) {
                    match.append(k == 0 ? "" : " AND ").append("p.").append(f.referencedColumns().get(k))
                            .append(" = c.").append(f.columns().get(k));
                }
                orphans.put(t.name() + "." + String.join(",", f.columns()), single(ds, "SELECT COUNT(*) FROM "
                        + schema + "." + t.name() + " c WHERE c." + f.columns().get(0) + " IS NOT NULL AND NOT EXISTS"
                        + " (SELECT 1 FROM " + schema + "." + f.table() + " p WHERE " + match + ")"));
            }
        }
        return orphans;
    }

    /** The rows per value of {@code column} of {@code table}. */
    static Map<String, Long> groups(DataSource ds, String schema, String table, String column) throws SQLException {
        Map<String, Long> groups = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + column + ", COUNT(*) FROM " + schema + "." + table
                        + " GROUP BY " + column)) {
            while (rs.next()) {
                groups.put(rs.getString(1), rs.getLong(2));
            }
        }
        return groups;
    }

    /** The records per value of the top-level {@code property} in a {@code .jsonl} file. */
    static Map<String, Long> jsonlGroups(Path file, String property) throws IOException {
        Map<String, Long> groups = new TreeMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode node = JSON.readTree(line);
                groups.merge(node.get(property).asText(), 1L, Long::sum);
            }
        }
        return groups;
    }

    /**
     * Every table's checksum computed by PostgreSQL: the MD5 of its rows' text, in primary-key order.
     */
    static Map<String, String> postgresChecksums(DataSource ds, String schema) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (Table t : RelationalSchema.all().tables()) {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY "
                            + String.join(", ", t.primaryKey()) + "), '')) FROM " + schema + "." + t.name() + " t")) {
                rs.next();
                sums.put(t.name(), rs.getString(1));
            }
        }
        return sums;
    }

    /**
     * Every table's checksum computed over JDBC, for any database: the SHA-256 of every row's cells as the driver gives
     * them as strings, in primary-key order.
     */
    static Map<String, String> checksums(DataSource ds, String schema) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (Table t : RelationalSchema.all().tables()) {
            MessageDigest digest = sha256();
            List<String> columns = t.columns().stream().map(col -> col.name()).toList();
            try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + schema + "."
                            + t.name() + " ORDER BY " + String.join(", ", t.primaryKey()))) {
                while (rs.next()) {
                    for (int k = 1; k <= columns.size(); k++) {
                        String v = rs.getString(k);
                        digest.update((v == null ? "\u0000" : v + "\u0001").getBytes(StandardCharsets.UTF_8));
                    }
                    digest.update((byte) '\n');
                }
            }
            sums.put(t.name(), HexFormat.of().formatHex(digest.digest()));
        }
        return sums;
    }

    /** The single number {@code sql} returns. */
    static long single(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rewrites {@code file} of {@code dataset} with {@code content} and lists its new size and digest in the manifest. */
    /** A checksum of every table of a schema, as one database computes it. */
    @FunctionalInterface
    interface Checksums {
        Map<String, String> of(DataSource ds, String schema) throws SQLException;
    }

    /**
     * Appends the last row of {@code file} of the dataset copy {@code copy} once more (its primary key twice), and
     * returns the line number of the duplicate.
     */
    static int duplicateLastRow(Path copy, String file) throws IOException {
        String content = Files.readString(copy.resolve(file), StandardCharsets.UTF_8);
        String[] lines = content.split("\n");
        rewriteListed(copy, file, content + lines[lines.length - 1] + "\n");
        return lines.length + 1;
    }

    /**
     * Loads seed 7 with {@code count} customers into schema {@code atomic}, then proves that replacing it by the broken
     * dataset {@code broken} fails and leaves every row as it was.
     */
    static void assertAFailedReplacementKeepsTheRows(DataSource db, Path broken, long count, Checksums checksums)
            throws Exception {
        DatabaseLoader.forDataSource(db).schema("atomic").load(Datasets.of(7, count));
        Map<String, String> before = checksums.of(db, "atomic");
        org.junit.jupiter.api.Assertions.assertThrows(DatabaseLoadException.class,
                () -> DatabaseLoader.forDataSource(db).schema("atomic").replaceExisting(true).load(broken));
        org.junit.jupiter.api.Assertions.assertEquals(before, checksums.of(db, "atomic"));
    }

    static void rewriteListed(Path dataset, String file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(dataset.resolve(file), bytes);
        ObjectNode manifest = (ObjectNode) JSON.readTree(dataset.resolve("manifest.json").toFile());
        for (JsonNode entry : manifest.get("files")) {
            if (entry.get("file").asText().equals(file)) {
                ((ObjectNode) entry).put("bytes", bytes.length).put("sha256", HexFormat.of().formatHex(sha256()
                        .digest(bytes)));
            }
        }
        JSON.writeValue(dataset.resolve("manifest.json").toFile(), manifest);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
