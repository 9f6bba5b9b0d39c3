package dev.ste4j.nn.optim;

import java.util.List;

/**
 * Updates parameters in place from their gradients.
 *
 * <p>Order of use: construct over named parameters → {@link #step(double)} after every backward pass →
 * {@link #state()} / {@link #loadState(OptimizerState)} for checkpoints. A parameter whose gradient is null at a step
 * (it did not reach the loss) is left unchanged and its state is not advanced.
 */
public interface Optimizer {

  /** The registered name (e.g. "adam") or a description of a composite. */
  String name();

  /** The dotted names of the parameters this optimizer updates, in model order. */
  List<String> parameterNames();

  /**
   * Applies one update. {@code rateFactor} (≥ 0, from a schedule; 1 for none) multiplies the optimizer's base rate:
   * the learning rate for SGD, Adam and mirror descent, the adaptivity γ for Bop.
   */
  void step(double rateFactor);

  /** A deep copy of everything needed to continue bitwise identically: moment buffers, step counters. */
  OptimizerState state();

  /**
   * Restores a state captured by {@link #state()} of an optimizer built the same way.
   *
   * @throws IllegalArgumentException naming the first missing, unexpected or wrongly sized entry
   */
  void loadState(OptimizerState state);
}
