package io.github.syntheticcustomers.spark;

import io.github.syntheticcustomers.core.config.ConfigSource;
import io.github.syntheticcustomers.core.io.Part;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * A measurement, not a test: generates {@code count} customers and their scenarios in Spark local mode with
 * {@code threads} executor threads and writes them as JSON Lines (or Parquet) under {@code output}, then prints the
 * records per second and per core-second. {@code benchmarks/spark-local.sh} runs it; the guide's scale-out.md ("Beyond one
 * machine" quotes its figures.
 *
 * <p>Arguments: {@code COUNT THREADS OUTPUT [jsonl|parquet]}.
 */
public final class LocalThroughput {

    private LocalThroughput() {
    }

    public static void main(String[] args) {
        long count = Long.parseLong(args[0]);
        int threads = Integer.parseInt(args[1]);
        String output = args[2];
        String format = args.length > 3 ? args[3] : "jsonl";
        SparkSession spark = SparkSession.builder().master("local[" + threads + "]").appName("throughput")
                .config("spark.ui.enabled", "false").config("spark.sql.session.timeZone", "UTC").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        SparkDataset dataset = SparkDataset.of(42, count, ConfigSource.BUILT_IN).withPartitions(threads * 4);
        long started = System.nanoTime();
        for (Part part : new Part[] {Part.CUSTOMERS, Part.SCENARIOS}) {
            String target = output + "/" + part.id();
            if (format.equals("parquet")) {
                dataset.rows(spark, part).write().parquet(target);
            } else {
                dataset.jsonLines(spark, part).write().text(target);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println(String.format(Locale.ROOT, "%d customers with scenarios, %s, local[%d]: %.1f s, %.0f"
                + " customers/s, %.0f customers per core-second", count, format, threads, seconds, count / seconds,
                count / seconds / threads));
        spark.stop();
    }
}
