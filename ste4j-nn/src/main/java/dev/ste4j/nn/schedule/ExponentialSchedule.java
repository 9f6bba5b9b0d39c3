package dev.ste4j.nn.schedule;

/**
 * Exponential decay by epoch, as BinaryNet trains (Courbariaux et al. 2016: the rate multiplied by a constant after
 * every epoch):
 *
 * <pre>  factor(step) = γ^⌊step / stepsPerEpoch⌋</pre>
 * so every step of epoch e (counting from 0) uses γ^e. With a warm-up, {@link Warmup} starts this curve when the
 * warm-up ends.
 */
public record ExponentialSchedule(double gamma, int stepsPerEpoch) implements Schedule {

  public ExponentialSchedule {
    if (!(gamma > 0 && gamma <= 1) || stepsPerEpoch < 1) {
      throw new IllegalArgumentException("exponential: need 0 < gamma ≤ 1 and at least one step per epoch; got gamma="
          + gamma + " stepsPerEpoch=" + stepsPerEpoch);
    }
  }

  /**
   * The per-epoch γ that reaches {@code finalFactor} in the last of {@code epochs} epochs: finalFactor^(1/(epochs−1)),
   * and 1 for a run of one epoch (which has no decay to spread).
   */
  public static double gammaReaching(double finalFactor, int epochs) {
    if (!(finalFactor > 0 && finalFactor <= 1)) {
      throw new IllegalArgumentException("exponential: final_factor must be in (0, 1], got " + finalFactor);
    }
    return epochs <= 1 ? 1 : Math.pow(finalFactor, 1.0 / (epochs - 1));
  }

  @Override
  public double factor(long step) {
    return Math.pow(gamma, step / stepsPerEpoch);
  }
}
