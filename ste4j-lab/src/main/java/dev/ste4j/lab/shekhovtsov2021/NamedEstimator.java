package dev.ste4j.lab.shekhovtsov2021;

/**
 * What every {@link Estimator} fixes when it is built: its registered name and what its value depends on. The name is
 * also its {@code toString()}, so tables and messages show estimators by name.
 */
abstract class NamedEstimator implements Estimator {

  private final String name;
  private final Randomness randomness;

  NamedEstimator(String name, Randomness randomness) {
    this.name = name;
    this.randomness = randomness;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Randomness randomness() {
    return randomness;
  }

  @Override
  public String toString() {
    return name;
  }
}
