package dev.ste4j.lab.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Finds an engine by name: {@code local} is built in; others come from {@link SweepEngineProvider}s on the class
 * path.
 */
public final class SweepEngines {

  /** The built-in engine's name. */
  public static final String LOCAL = "local";

  private SweepEngines() {}

  /**
   * Starts the engine named {@code name}.
   *
   * @throws EngineUnavailableException when no provider of that name is on the class path
   */
  public static SweepEngine open(String name, String master, int threads) {
    if (LOCAL.equals(name)) {
      if (master != null) {
        throw new IllegalArgumentException("--master is for a cluster engine; engine local runs in this process");
      }
      return new LocalEngine(threads);
    }
    List<String> found = new ArrayList<>();
    for (SweepEngineProvider p : ServiceLoader.load(SweepEngineProvider.class)) {
      if (p.name().equals(name)) {
        return p.open(master, threads);
      }
      found.add(p.name());
    }
    throw new EngineUnavailableException(name, found);
  }
}
