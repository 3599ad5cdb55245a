/**
 * Synthetic customers on Apache Spark: the dataset of a seed, count and configuration as Spark Datasets generated on
 * the executors ({@link io.github.syntheticcustomers.spark.SparkDataset}), typed by the JSON Schemas core ships
 * ({@link io.github.syntheticcustomers.spark.SparkSchemas}), and the {@code spark-submit} job
 * ({@link io.github.syntheticcustomers.spark.SyntheticCustomersSpark}). Spark itself is provided by the cluster.
 */
package io.github.syntheticcustomers.spark;
