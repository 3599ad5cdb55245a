package io.github.syntheticcustomers.spark;

import io.github.syntheticcustomers.core.GenerationRequest;
import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.io.Part;
import io.github.syntheticcustomers.core.settings.GenerationSettings;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Synthetic customers on Apache Spark: {@link #customers}, {@link #scenarios}, {@link #engagementSteps} and
 * {@link #events} give the dataset of a seed, count and configuration as typed {@code Dataset<Row>}s
 * ({@link SparkSchemas}), generated on the executors ({@link SparkDataset}); {@link #main} is the job
 * {@code spark-submit} runs, with the command line's options, writing each part as JSON Lines (the plugin's bytes)
 * or Parquet.
 */
@Command(name = "synthetic-customers-spark", mixinStandardHelpOptions = true,
        description = "Writes the dataset's parts with Spark: <output>/<part>/ as JSON Lines (the plugin's .jsonl"
                + " bytes, in partition order) or Parquet.")
public final class SyntheticCustomersSpark implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "" + GenerationRequest.DEFAULT_SEED, description = "The seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--count", defaultValue = "" + GenerationRequest.DEFAULT_COUNT,
            description = "Number of customers (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file merged over the built-in defaults.")
    Path config;

    @Option(names = "--reference-date", paramLabel = "DATE", description = "ISO date that anchors every date.")
    String referenceDate;

    @Option(names = "--parts", defaultValue = GenerationSettings.DEFAULT_PARTS, paramLabel = "LIST",
            description = "customers, scenarios, engagement-steps, events, comma-separated, or all; events (every"
                    + " event of each customer's timeline, many times the size of the rest) only when named or with"
                    + " all (default: ${DEFAULT-VALUE}).")
    String parts;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (the plugin's bytes) or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where each part's directory goes (any Hadoop file system URI: hdfs://, s3a://, file:).")
    String output;

    @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
            description = "Partitions per part; 0 for the cluster's default parallelism (default: ${DEFAULT-VALUE}).")
    int partitions;

    /** The customers of a dataset, one row each, generated on the executors. */
    public static Dataset<Row> customers(SparkSession spark, long seed, long count, ConfigSource config) {
        return SparkDataset.of(seed, count, config).customers(spark);
    }

    /** The test scenarios of a dataset, one row each. */
    public static Dataset<Row> scenarios(SparkSession spark, long seed, long count, ConfigSource config) {
        return SparkDataset.of(seed, count, config).scenarios(spark);
    }

    /** The engagement steps of a dataset, one row each. */
    public static Dataset<Row> engagementSteps(SparkSession spark, long seed, long count, ConfigSource config) {
        return SparkDataset.of(seed, count, config).engagementSteps(spark);
    }

    /** The events of every customer's timeline, one row each. */
    public static Dataset<Row> events(SparkSession spark, long seed, long count, ConfigSource config) {
        return SparkDataset.of(seed, count, config).events(spark);
    }

    /** {@code spark-submit --class io.github.syntheticcustomers.spark.SyntheticCustomersSpark <jar> --output DIR ...}. */
    public static void main(String[] args) {
        int code = new CommandLine(new SyntheticCustomersSpark()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() {
        // the settings are checked and the configuration read as the plugin and the command line do, before Spark
        // starts (the output directory is Spark's to check; the request's is never written)
        GenerationRequest request = new GenerationSettings(seed, count, config, Path.of("."), "jsonl", parts,
                referenceDate, 1).toRequest();
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("jsonl") && !kind.equals("parquet")) {
            throw new CommandLine.ParameterException(new CommandLine(this), "Invalid value for option '--format': "
                    + format + " (allowed: jsonl, parquet)");
        }
        SparkDataset dataset = SparkDataset.of(seed, count, request.configSource()).withPartitions(partitions);
        if (referenceDate != null && !referenceDate.isBlank()) {
            dataset = dataset.withReferenceDate(request.config().referenceDate());
        }
        Set<Part> selected = request.parts();
        SparkSession spark = SparkSession.builder().appName("synthetic-customers").getOrCreate();
        for (Part part : Part.values()) {
            if (selected.contains(part)) {
                String target = output + "/" + part.id();
                if (kind.equals("jsonl")) {
                    dataset.jsonLines(spark, part).write().mode(SaveMode.ErrorIfExists).text(target);
                } else {
                    dataset.rows(spark, part).write().mode(SaveMode.ErrorIfExists).parquet(target);
                }
            }
        }
        return 0;
    }
}
