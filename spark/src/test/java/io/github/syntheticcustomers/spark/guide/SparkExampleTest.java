package io.github.syntheticcustomers.spark.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.spark.SparkDataset;
import io.github.syntheticcustomers.spark.SyntheticCustomersSpark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's scale-out page: the dataset generated on Spark's executors, here in local mode. */
class SparkExampleTest {

    @Tag("long") // long: the long-tests profile runs it (CONTRIBUTING.md, "Tests"), ./mvnw -B verify leaves it out
    @Test
    void generatesOnTheExecutors(@TempDir Path out) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("synthetic-customers-guide")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC").getOrCreate();
        try {
            // snippet-start spark
            Dataset<Row> customers = SyntheticCustomersSpark.customers(spark, 42, 500, ConfigSource.BUILT_IN);
            customers.groupBy("persona_type").count().show();               // 150, 125, 100, 75, 50: exactly
            SparkDataset dataset = SparkDataset.of(42, 500, ConfigSource.BUILT_IN).withPartitions(4);
            dataset.scenarios(spark).write().parquet(out.resolve("scenarios").toString());    // any Spark sink
            dataset.jsonLines(spark, Part.ENGAGEMENT_STEPS).write().text(out.resolve("engagement-steps").toString());
            // snippet-end spark
            List<Row> counts = customers.groupBy("persona_type").count().orderBy("persona_type").collectAsList();
            assertEquals(5, counts.size());
            assertEquals(500L, counts.stream().mapToLong(r -> r.getLong(1)).sum());
            assertTrue(counts.stream().anyMatch(r -> r.getString(0).equals("health_aware_avoider") && r.getLong(1) == 150));
            assertTrue(Files.isDirectory(out.resolve("scenarios")));
            assertTrue(Files.isDirectory(out.resolve("engagement-steps")));
        } finally {
            spark.stop();
        }
    }
}
