package dev.ste4j.lab.shekhovtsov2021;

/** What an {@link Estimator}'s value depends on, which decides how its exact expectation is computed. */
public enum Randomness {
  /** A function of the sampled discrete state only: its expectation is the exact sum Σ_s P(s)·ĝ(s). */
  STATE,
  /** No randomness (the deterministic network): the expectation is the value itself and the variance is 0. */
  NONE,
  /**
   * A function of the continuous noise z (relaxations): there is no finite state sum, so the expectation is
   * estimated by Monte Carlo and reported as such.
   */
  NOISE
}
