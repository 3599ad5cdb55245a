package io.github.syntheticcustomers.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.io.DatasetReader;
import io.github.syntheticcustomers.core.io.Manifest;
import io.github.syntheticcustomers.core.relational.Dialect;
import io.github.syntheticcustomers.core.relational.RelationalSchema;
import io.github.syntheticcustomers.core.relational.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresLoadTest {

    @Test
    void loadsEveryTableThroughCopyWithTheManifestsCounts() throws Exception {
        Path dataset = Datasets.of(42, 300);
        List<LoadProgress> events = new ArrayList<>();
        LoadResult result = DatabaseLoader.forDataSource(PostgresServer.dataSource()).schema("whole_copy")
                .progress(events::add).load(dataset);

        Manifest manifest = DatasetReader.readManifest(dataset);
        Map<String, Long> expected = new LinkedHashMap<>();
        for (Table t : RelationalSchema.all().tables()) {
            expected.put(t.name(), manifest.file(t.fileName()).records());
        }
        assertEquals(expected, result.rows());
        assertEquals("whole_copy", result.schema());
        assertEquals(Dialect.POSTGRESQL, result.dialect());
        assertTrue(result.copy());
        assertEquals(manifest.fingerprint(), result.datasetFingerprint());
        assertEquals(expected, SqlChecks.counts(PostgresServer.dataSource(), "whole_copy"));
        System.err.println(expected);
        System.err.println(events.size());
    }
}
