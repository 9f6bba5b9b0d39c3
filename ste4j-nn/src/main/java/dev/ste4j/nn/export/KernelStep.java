package dev.ste4j.nn.export;

/**
 * What the dense and convolution steps share at inference: their {@link Kernel} and an optional {@link SignThreshold}
 * that {@link Folding} sets when a batch norm followed by the next layer's sign folds into this layer.
 */
abstract class KernelStep implements InferenceStep {

  final Kernel kernel;
  /** The folded batch norm and sign, or null. */
  SignThreshold threshold;
  /** The same over float outputs (a float-input layer), or null. */
  FloatSignThreshold floatThreshold;

  KernelStep(Kernel kernel) {
    this.kernel = kernel;
  }

  final Kernel kernel() {
    return kernel;
  }

  /** From now on the integer outputs go straight to ±1 through t (the batch norm step after this one is dropped). */
  final void fold(SignThreshold t) {
    this.threshold = t;
  }

  /** From now on the float outputs go straight to ±1 through t (the batch norm step after this one is dropped). */
  final void fold(FloatSignThreshold t) {
    this.floatThreshold = t;
  }

  /** The part of {@link #describe()} that says whether a batch norm was folded. */
  final String foldText() {
    return threshold != null || floatThreshold != null ? ", batch norm folded into sign" : "";
  }
}
