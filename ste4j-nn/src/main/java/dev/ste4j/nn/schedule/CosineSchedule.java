package dev.ste4j.nn.schedule;

/**
 * Cosine decay (Loshchilov and Hutter, SGDR, 2017, without restarts) from 1 to a floor over a run of
 * {@code totalSteps}:
 *
 * <pre>  factor(step) = floor + (1 − floor) · ½ · (1 + cos(π · min(step, T) / T))</pre>
 * With a warm-up, {@link Warmup} shifts this curve so it starts when the warm-up ends.
 */
public record CosineSchedule(long totalSteps, double floor) implements Schedule {

  public CosineSchedule {
    if (totalSteps < 1 || !(floor >= 0 && floor <= 1)) {
      throw new IllegalArgumentException("cosine: need at least one step and 0 ≤ min_factor ≤ 1; got steps="
          + totalSteps + " min_factor=" + floor);
    }
  }

  @Override
  public double factor(long step) {
    double progress = Math.min(step, totalSteps) / (double) totalSteps;
    return floor + (1 - floor) * 0.5 * (1 + Math.cos(Math.PI * progress));
  }
}
