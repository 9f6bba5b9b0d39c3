package dev.ste4j.lab.sweep;

import java.util.List;

/** No engine of the asked name is on the class path (e.g. {@code spark} without the ste4j-spark module). */
public final class EngineUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String engine;

  EngineUnavailableException(String engine, List<String> available) {
    super("engine " + engine + " is not on the class path (available: " + String.join(", ",
        concat(SweepEngines.LOCAL, available)) + ")");
    this.engine = engine;
  }

  /** The engine asked for. */
  public String engine() {
    return engine;
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>(List.of(first));
    all.addAll(rest);
    return all;
  }
}
