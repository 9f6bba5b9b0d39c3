package dev.ste4j.spark;

import dev.ste4j.lab.sweep.SweepEngine;
import dev.ste4j.lab.sweep.SweepEngineProvider;

/** {@code --engine spark}, listed in META-INF/services for {@link java.util.ServiceLoader}. */
public final class SparkEngineProvider implements SweepEngineProvider {

  @Override
  public String name() {
    return "spark";
  }

  /** Spark decides the executors' threads; {@code threads} is for the local engine only. */
  @Override
  public SweepEngine open(String master, int threads) {
    return new SparkEngine(master);
  }
}
