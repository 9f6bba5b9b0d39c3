package dev.ste4j.lab.sweep;

/**
 * An engine that is not part of ste4j-lab, found through {@link java.util.ServiceLoader} (a module lists its
 * provider in {@code META-INF/services/dev.ste4j.lab.sweep.SweepEngineProvider}).
 */
public interface SweepEngineProvider {

  /** The name users give it, e.g. {@code spark}. */
  String name();

  /**
   * Starts the engine.
   *
   * @param master where to run, in the engine's own terms (e.g. {@code local[2]}, {@code spark://host:7077},
   *     {@code yarn}); null to take it from the environment (e.g. what {@code spark-submit} set)
   * @param threads threads per process where the engine runs cells in-process; engines may ignore it
   */
  SweepEngine open(String master, int threads);
}
