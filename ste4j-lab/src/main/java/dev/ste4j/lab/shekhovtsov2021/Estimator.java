package dev.ste4j.lab.shekhovtsov2021;

/**
 * An estimator of the gradient of the expected loss E_z[ℓ] of an {@link Sbn} with respect to its parameters (the
 * weights, or the latent logits η of Bernoulli weights, and the biases), from one state.
 *
 * <p>Implementations are stateless and thread-safe. To add an estimator, implement this interface in one class and
 * list it in {@link Estimators}; enumeration ({@link ExactMoments}), the Monte Carlo checks and the experiments then
 * handle it according to its {@link #randomness()}.
 */
public interface Estimator {

  /** The registered name, e.g. "st". */
  String name();

  /** What the value depends on; {@link Randomness#STATE} estimators must read only the discrete state. */
  Randomness randomness();

  /**
   * Overwrites out with the estimate at state s of net. For {@link Randomness#STATE} s may be an enumerated state
   * (no noise); for {@link Randomness#NOISE} it is a drawn state carrying its noise; for {@link Randomness#NONE} only
   * s's input and label are used.
   */
  void estimate(Sbn net, Sample s, Gradient out);
}
