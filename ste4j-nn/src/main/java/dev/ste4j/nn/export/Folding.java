package dev.ste4j.nn.export;

import java.util.List;

/**
 * Folds batch norms into the sign of the next binary layer where that is exact: an XNOR layer without bias, then a
 * batch norm, then only max-pools or flattens (both commute with the monotone sign), then a layer with sign input.
 * The XNOR layer then emits ±1 directly by an integer comparison ({@link SignThreshold}) and the batch norm step goes.
 */
final class Folding {

  private Folding() {}

  static void fold(List<InferenceStep> steps) {
    for (int i = 0; i + 1 < steps.size(); i++) {
      Kernel producer = steps.get(i) instanceof KernelStep k ? k.kernel() : null;
      if (producer == null || !(steps.get(i + 1) instanceof BatchNormStep bn) || !feedsSign(steps, i + 2)) {
        continue;
      }
      KernelStep step = (KernelStep) steps.get(i);
      if (producer.isBinary() && producer.bias() == null) {
        SignThreshold t = SignThreshold.of(bn, producer.cols());
        if (t != null) {
          step.fold(t);
          steps.remove(i + 1);
        }
      } else if (!producer.isBinary()) {
        // A float-input layer (a network's first): its outputs are floats, not integers.
        FloatSignThreshold t = FloatSignThreshold.of(bn, step instanceof XnorConv2d);
        if (t != null) {
          step.fold(t);
          steps.remove(i + 1);
        }
      }
    }
  }

  /** True when the steps from {@code from} are pools/flattens up to a layer whose input is quantized by sign. */
  private static boolean feedsSign(List<InferenceStep> steps, int from) {
    for (int j = from; j < steps.size(); j++) {
      InferenceStep s = steps.get(j);
      if (s instanceof KernelStep k) {
        return k.kernel().inputMode() == ExportFormat.INPUT_SIGN;
      }
      String text = s.describe();
      if (!(text.startsWith("max pool") || text.equals("flatten"))) {
        return false;
      }
    }
    return false;
  }
}
