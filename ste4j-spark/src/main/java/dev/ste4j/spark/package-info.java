/**
 * ste4j on Apache Spark: {@link dev.ste4j.spark.SparkEngine} runs the cells of a {@link dev.ste4j.lab.sweep.Sweep} as
 * Spark tasks, through the same cell function as the local engine, and is found by {@code ste sweep --engine spark}
 * through {@link java.util.ServiceLoader}. An optional module: nothing else in ste4j depends on it.
 */
package dev.ste4j.spark;
