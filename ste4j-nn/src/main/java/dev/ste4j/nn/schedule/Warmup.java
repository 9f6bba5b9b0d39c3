package dev.ste4j.nn.schedule;

/**
 * Linear warm-up over the first W steps, then the wrapped schedule started afresh (its step 0 is step W):
 *
 * <pre>  factor(step) = (step + 1) / W  for step &lt; W,   else inner(step − W)</pre>
 * Starting at 1/W rather than 0 makes the first update count. W = 0 is the inner schedule itself.
 */
public record Warmup(long warmupSteps, Schedule inner) implements Schedule {

  public Warmup {
    if (warmupSteps < 0) {
      throw new IllegalArgumentException("warm-up steps must be ≥ 0, got " + warmupSteps);
    }
  }

  @Override
  public double factor(long step) {
    if (step < warmupSteps) {
      return (step + 1) / (double) warmupSteps;
    }
    return inner.factor(step - warmupSteps);
  }
}
