package io.github.syntheticcustomers.spark;

import io.github.syntheticcustomers.core.SyntheticDatasets;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.config.GeneratorConfig;
import io.github.syntheticcustomers.core.config.Limits;
import io.github.syntheticcustomers.core.generate.DatasetGenerator;
import io.github.syntheticcustomers.core.io.DatasetPart;
import io.github.syntheticcustomers.core.io.DatasetWriter;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.model.Nullable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * One dataset (seed, count, configuration) as Spark Datasets. Nothing is generated on the driver: each part is
 * {@code spark.range(0, count)} in {@link #partitions()} partitions, and each partition generates the records of its
 * own index range on its executor, which rebuilds the configuration from its text. Record {@code i} depends only on
 * the seed, the configuration, the count and {@code i}, so the lines are those of one run of the plugin: written
 * with {@code write().text(...)} and read in partition order, {@link #jsonLines} are the plugin's {@code .jsonl}
 * file, byte for byte.
 *
 * <p>Serializable (it is what Spark ships to the executors): the configuration travels as its text.
 *
 * @param seed the seed
 * @param count number of customers
 * @param configName the configuration's file name, as the manifest records it
 * @param configText the configuration as written; {@code null} for the built-in defaults
 * @param referenceDate an ISO date overriding the configuration's, or {@code null}
 * @param partitions Spark partitions per part; 0 for the session's default parallelism
 */
public record SparkDataset(long seed, long count, String configName, @Nullable String configText,
        @Nullable String referenceDate, int partitions) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SparkDataset {
        Limits.requireCount("count", count);
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions: must not be negative (was: " + partitions + ")");
        }
        new ConfigSource(configName, configText); // the same checks as any configuration source
    }

    /** The dataset of {@code seed} and {@code count} with configuration {@code config} (e.g. {@link ConfigSource#BUILT_IN}). */
    public static SparkDataset of(long seed, long count, ConfigSource config) {
        return new SparkDataset(seed, count, config.name(), config.text(), null, 0);
    }

    /** This dataset in {@code n} partitions per part (0: the session's default parallelism). */
    public SparkDataset withPartitions(int n) {
        return new SparkDataset(seed, count, configName, configText, referenceDate, n);
    }

    /** This dataset with its dates anchored at {@code date} instead of the configuration's reference date. */
    public SparkDataset withReferenceDate(LocalDate date) {
        return new SparkDataset(seed, count, configName, configText, date == null ? null : date.toString(), partitions);
    }

    /** The configuration, loaded as on every executor. */
    public GeneratorConfig config() {
        GeneratorConfig config = new ConfigSource(configName, configText).load();
        return referenceDate == null ? config : config.withReferenceDate(LocalDate.parse(referenceDate));
    }

    /** {@code part}'s records, one JSON Lines line each, in index order across the partitions. */
    public Dataset<String> jsonLines(SparkSession spark, Part part) {
        int n = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
        return spark.range(0, count, 1, (int) Math.max(1, Math.min(n, count)))
                .mapPartitions(new Lines(this, part), Encoders.STRING());
    }

    /**
     * {@code part}'s records as rows of its typed schema ({@link SparkSchemas#of(Part)}): nested structs, arrays,
     * dates as the JSON files hold them; parsed strictly (a record that does not fit fails the job).
     */
    public Dataset<Row> rows(SparkSession spark, Part part) {
        return spark.read().schema(SparkSchemas.of(part)).option("mode", "FAILFAST").json(jsonLines(spark, part));
    }

    /** The customers, one row each. */
    public Dataset<Row> customers(SparkSession spark) {
        return rows(spark, Part.CUSTOMERS);
    }

    /** The test scenarios, one row each. */
    public Dataset<Row> scenarios(SparkSession spark) {
        return rows(spark, Part.SCENARIOS);
    }

    /** The engagement steps, one row each. */
    public Dataset<Row> engagementSteps(SparkSession spark) {
        return rows(spark, Part.ENGAGEMENT_STEPS);
    }

    /**
     * The events of every customer's timeline, one row each, in index and time order ({@code properties} a
     * {@code map<string,string>}, see {@link SparkSchemas}).
     */
    public Dataset<Row> events(SparkSession spark) {
        return rows(spark, Part.EVENTS);
    }

    /** One partition's lines: its indices' records, generated where the partition runs. */
    private record Lines(SparkDataset dataset, Part part) implements MapPartitionsFunction<Long, String> {

        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<String> call(Iterator<Long> indices) {
            if (!indices.hasNext()) {
                return Collections.emptyIterator();
            }
            DatasetGenerator generator = new DatasetGenerator(dataset.config(), dataset.seed, dataset.count);
            DatasetPart<?> records = SyntheticDatasets.parts(generator, EnumSet.of(part)).get(0);
            return new Iterator<>() {
                private Iterator<?> current = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && indices.hasNext()) {
                        current = records.recordsFor(indices.next()).iterator();
                    }
                    return current.hasNext();
                }

                @Override
                public String next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return DatasetWriter.jsonLine(current.next());
                }
            };
        }
    }
}
