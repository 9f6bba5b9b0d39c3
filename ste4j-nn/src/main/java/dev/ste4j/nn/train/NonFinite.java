package dev.ste4j.nn.train;

import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.tensor.kernel.KernelProvider;
import java.util.Map;

/**
 * A non-finite value found in training: where (step, epoch, batch), in what (the loss, a gradient, a weight after the
 * update) and in which parameter — whose dotted name without its last part is the layer.
 *
 * @param step the optimizer step being attempted (counting from 1)
 * @param epoch the epoch, counting from 1
 * @param batch the batch within the epoch, counting from 1
 * @param what "input" (the batch itself), "loss" (the forward overflowed), "gradient" or "weights after the update"
 * @param parameter for a gradient, the parameter nearest the output whose gradient is non-finite (where the backward
 *     pass first produced it; every earlier layer inherits it); for weights, the first in model order; for a loss
 *     that overflowed in the forward pass, the parameter with the largest |w|; null for a bad input
 * @param count how many values are non-finite (of the input, the logits, or the parameter)
 * @param loss the batch loss
 * @param largestWeight for a non-finite loss with finite weights, the largest |w| (found in {@code parameter}); else NaN
 */
public record NonFinite(long step, int epoch, int batch, String what, String parameter, int count, double loss,
                        double largestWeight) {

  /** The layer: the parameter's dotted path without its last part ("features.0" for "features.0.kernel"). */
  public String layer() {
    if (parameter == null) {
      return null;
    }
    int dot = parameter.lastIndexOf('.');
    return dot < 0 ? parameter : parameter.substring(0, dot);
  }

  public String describe() {
    String where = "step " + step + " (epoch " + epoch + ", batch " + batch + "): ";
    if (what.equals("input")) {
      return where + "the input batch has " + count + " non-finite value" + (count == 1 ? "" : "s")
          + " (check the data)";
    }
    if (what.equals("loss")) {
      return where + "loss is " + loss + " with " + count + " non-finite logits while every weight is finite: the"
          + " forward pass overflowed; the largest weights are in layer " + layer() + " (parameter " + parameter
          + ", max |w| = " + (float) largestWeight + ")";
    }
    return where + (what.equals("gradient") ? "loss is " + loss + ", " : "") + count + " non-finite " + what
        + (count == 1 ? " value" : " values") + " in layer " + layer() + " (parameter " + parameter + ")";
  }

  /**
   * The parameter nearest the output (last in model order) whose gradient has a non-finite value, with the count;
   * null if every gradient is finite.
   */
  static NonFinite inGradients(Map<String, Parameter> params, long step, int epoch, int batch, double loss) {
    NonFinite last = null;
    for (var e : params.entrySet()) {
      if (e.getValue().grad() != null) {
        int n = countNonFinite(e.getValue().grad().data());
        if (n > 0) {
          last = new NonFinite(step, epoch, batch, "gradient", e.getKey(), n, loss, Double.NaN);
        }
      }
    }
    return last;
  }

  /** The first parameter whose values are non-finite (after an update); null if none. */
  static NonFinite inWeights(Map<String, Parameter> params, long step, int epoch, int batch, double loss) {
    for (var e : params.entrySet()) {
      int n = countNonFinite(e.getValue().data());
      if (n > 0) {
        return new NonFinite(step, epoch, batch, "weights after the update", e.getKey(), n, loss, Double.NaN);
      }
    }
    return null;
  }

  /** A non-finite loss from finite weights and inputs: names the parameter holding the largest |w|. */
  static NonFinite inForward(Map<String, Parameter> params, long step, int epoch, int batch, double loss,
                             int badLogits) {
    String where = null;
    double largest = -1;
    for (var e : params.entrySet()) {
      for (float w : e.getValue().data()) {
        if (Math.abs(w) > largest) {
          largest = Math.abs(w);
          where = e.getKey();
        }
      }
    }
    return new NonFinite(step, epoch, batch, "loss", where, badLogits, loss, largest);
  }

  /** How many values are NaN or infinite: one vector pass when there are none, as on almost every step. */
  static int countNonFinite(float[] v) {
    if (KernelProvider.kernels().allFinite(v, 0, v.length)) {
      return 0;
    }
    int n = 0;
    for (float f : v) {
      if (!Float.isFinite(f)) {
        n++;
      }
    }
    return n;
  }
}
