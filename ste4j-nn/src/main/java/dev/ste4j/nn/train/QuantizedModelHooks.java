package dev.ste4j.nn.train;

import dev.ste4j.nn.layer.Layers;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.nn.layer.QuantActivation;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.layer.Randomized;
import dev.ste4j.nn.layer.Sequential;
import dev.ste4j.nn.metric.GradientMismatch;
import dev.ste4j.nn.metric.Saturation;
import dev.ste4j.nn.quantizer.ElementwiseQuantizer;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hooks for models built from the layers of {@code dev.ste4j.nn.layer}: kernel constraints after each step, the
 * random sources of {@link Randomized} layers in checkpoints, and two per-epoch statistics on a probe batch:
 *
 * <ul>
 *   <li>{@code saturated_preact.<i>} and {@code saturated_preact}: the fraction of the inputs of each elementwise
 *   quantizer (a quantized layer's input quantizer, or a {@link QuantActivation}) outside its pass band, i.e. where its
 *   pseudo-derivative is 0. Measured on the top-level modules of a {@link Sequential} model, in evaluation mode;
 *   quantizers nested deeper (inside residual blocks) are not probed.</li>
 *   <li>{@code latent_at_clip}: the fraction of constrained latent kernel weights pinned at their clip (|w| ≥ c),
 *   which the clipped STE's band 1{|w| ≤ c} still includes but the constraint stops from moving outward.</li>
 *   <li>{@code gradient_mismatch}: 1 − cos between the straight-through gradient of the quantized kernels and the
 *   gradient of the same network evaluated with its latent float kernels (inputs still quantized), over all quantized
 *   kernels together, in evaluation mode (see {@link GradientMismatch}).</li>
 * </ul>
 * Probing runs in evaluation mode and restores every buffer and random source it could touch, so it changes nothing
 * the run depends on.
 */
public final class QuantizedModelHooks implements ModelHooks {

  @Override
  public void afterStep(Module model) {
    Layers.applyConstraints(model);
  }

  @Override
  public Map<String, long[]> randomState(Module model) {
    Map<String, long[]> out = new LinkedHashMap<>();
    List<Module> all = Layers.walk(model);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) instanceof Randomized r && r.rng() != null) {
        out.put("module" + i, new long[] {r.rng().seed(), r.rng().state()});
      }
    }
    return out;
  }

  @Override
  public void restoreRandomState(Module model, Map<String, long[]> states) {
    List<Module> all = Layers.walk(model);
    for (var e : states.entrySet()) {
      int i = Integer.parseInt(e.getKey().substring("module".length()));
      if (i >= all.size() || !(all.get(i) instanceof Randomized r)) {
        throw new IllegalArgumentException("checkpoint has a random source for " + e.getKey()
            + ", which is not a randomized layer of this model");
      }
      r.setRng(Rng.restore(e.getValue()[0], e.getValue()[1]));
    }
  }

  @Override
  public Map<String, Double> epochMetrics(Module model, Tensor input, int[] labels) {
    return epochMetrics(model, input, labels, LossFunction.SOFTMAX_CROSS_ENTROPY);
  }

  @Override
  public Map<String, Double> epochMetrics(Module model, Tensor input, int[] labels, LossFunction loss) {
    Map<String, long[]> rngs = randomState(model);
    Map<String, float[]> buffers = new LinkedHashMap<>();
    model.namedBuffers().forEach((k, v) -> buffers.put(k, v.clone()));
    boolean wasTraining = model.isTraining();
    model.train(false);
    try {
      Map<String, Double> out = new LinkedHashMap<>(preActivationSaturation(model, input));
      double pinned = atClip(model);
      if (!Double.isNaN(pinned)) {
        out.put("latent_at_clip", pinned);
      }
      double mismatch = gradientMismatch(model, input, labels, loss);
      if (!Double.isNaN(mismatch)) {
        out.put("gradient_mismatch", mismatch);
      }
      return out;
    } finally {
      model.train(wasTraining);
      model.zeroGrad();
      restoreRandomState(model, rngs);
      model.namedBuffers().forEach((k, v) -> System.arraycopy(buffers.get(k), 0, v, 0, v.length));
    }
  }

  /** Fraction of constrained latent kernel weights pinned at the clip (|w| ≥ c); NaN without a constraint. */
  private static double atClip(Module model) {
    long pinned = 0;
    long total = 0;
    for (QuantizedLayer l : Layers.quantized(model)) {
      float c = l.kernelClip();
      if (!Float.isNaN(c)) {
        for (float w : l.kernel().data()) {
          if (Math.abs(w) >= c) {
            pinned++;
          }
        }
        total += l.kernel().data().length;
      }
    }
    return total == 0 ? Double.NaN : pinned / (double) total;
  }

  private static Map<String, Double> preActivationSaturation(Module model, Tensor input) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (!(model instanceof Sequential seq)) {
      return out;
    }
    long saturated = 0;
    long total = 0;
    try (NoGrad scope = NoGrad.enter()) {
      Tensor x = input;
      List<Module> modules = seq.modules();
      for (int i = 0; i < modules.size(); i++) {
        Module m = modules.get(i);
        Quantizer q = m instanceof QuantizedLayer ql ? ql.inputQuantizer()
            : m instanceof QuantActivation qa ? qa.quantizer() : null;
        if (q instanceof ElementwiseQuantizer eq) {
          float[] v = x.contiguous().data();
          double f = Saturation.fraction(v, eq::pseudoDerivative);
          out.put("saturated_preact." + i, f);
          saturated += Math.round(f * v.length);
          total += v.length;
        }
        x = m.forward(x);
      }
    }
    if (total > 0) {
      out.put("saturated_preact", saturated / (double) total);
    }
    return out;
  }

  private static double gradientMismatch(Module model, Tensor input, int[] labels, LossFunction loss) {
    Map<String, Parameter> kernels = new LinkedHashMap<>();
    Map<String, Parameter> named = model.namedParameters();
    List<QuantizedLayer> layers = new ArrayList<>(Layers.quantized(model));
    named.forEach((name, p) -> {
      for (QuantizedLayer l : layers) {
        if (l.kernel() == p && l.kernelQuantizer() != null) {
          kernels.put(name, p);
        }
      }
    });
    if (kernels.isEmpty()) {
      return Double.NaN;
    }
    Map<String, float[]> ste = gradients(model, input, labels, kernels, loss);
    Layers.useLatentWeights(model, true);
    try {
      Map<String, float[]> latent = gradients(model, input, labels, kernels, loss);
      return GradientMismatch.of(ste, latent).get("all");
    } finally {
      Layers.useLatentWeights(model, false);
    }
  }

  private static Map<String, float[]> gradients(Module model, Tensor input, int[] labels,
                                                Map<String, Parameter> kernels, LossFunction loss) {
    model.zeroGrad();
    loss.of(model.forward(input), labels).backward();
    Map<String, float[]> out = new LinkedHashMap<>();
    kernels.forEach((n, p) -> out.put(n, p.grad() == null ? new float[p.data().length] : p.grad().data().clone()));
    return out;
  }
}
