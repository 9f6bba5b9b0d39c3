package dev.ste4j.nn.schedule;

/**
 * A learning-rate schedule: the factor by which the optimizer's base rate is multiplied at a step. A pure function of
 * the step, so a resumed run continues exactly where it stopped.
 */
@FunctionalInterface
public interface Schedule {

  /** The factor (≥ 0) for the update made at {@code step}, counting from 0. */
  double factor(long step);
}
