package dev.ste4j.tensor.check;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.function.Function;

/**
 * Checks autograd gradients against finite differences.
 *
 * <p>The function's output y is contracted with fixed random weights r into the scalar L = Σ yᵢ·rᵢ, summed in double.
 * The analytic gradient comes from {@code y.backward(r)}; the numeric one from the fourth-order central difference
 * (−L(x+2h) + 8L(x+h) − 8L(x−h) + L(x−2h)) / 12h per input element, in double. The engine computes in float32, so
 * the step is moderate (default h = 1e-2) and the tolerance is |a − n| ≤ atol + rtol·max(|a|, |n|).
 *
 * <p>Inputs must be leaves that own their storage (they are perturbed in place and restored). To check an op on a
 * non-contiguous view, build the view inside {@code f}.
 *
 * @param step the finite-difference step h
 * @param atol the absolute tolerance
 * @param rtol the tolerance relative to the larger of the two gradients
 */
public record GradCheck(double step, double atol, double rtol) {

  /** The largest discrepancy found. */
  public record Result(double maxError, double analytic, double numeric, int input, int element, boolean passed) {
    @Override
    public String toString() {
      return (passed ? "passed" : "FAILED") + ": worst at input " + input + " element " + element + ": analytic "
          + analytic + " vs numeric " + numeric + " (excess " + maxError + ")";
    }
  }

  /** Defaults suited to float32 ops on inputs of order 1: h = 1e-2, atol = 2e-3, rtol = 1e-2. */
  public static GradCheck defaults() {
    return new GradCheck(1e-2, 2e-3, 1e-2);
  }

  public Result check(Function<Tensor[], Tensor> f, Tensor... inputs) {
    for (Tensor t : inputs) {
      if (!t.ownsData()) {
        throw new IllegalArgumentException("GradCheck: inputs must be leaves owning their storage, got " + t);
      }
      t.zeroGrad();
      t.requiresGrad(true);
    }
    Tensor y = f.apply(inputs);
    float[] r = new float[y.size()];
    new Rng(0x5eedL).fillUniform(r, -1f, 1f);
    Tensor weights = Tensor.wrap(r, y.shape());
    y.backward(weights);

    Result worst = new Result(Double.NEGATIVE_INFINITY, 0, 0, -1, -1, true);
    for (int in = 0; in < inputs.length; in++) {
      float[] x = inputs[in].data();
      Tensor grad = inputs[in].grad();
      float[] a = grad == null ? new float[x.length] : grad.toArray();
      for (int e = 0; e < x.length; e++) {
        float orig = x[e];
        double lp2 = contracted(f, inputs, x, e, orig + 2 * step, r);
        double lp1 = contracted(f, inputs, x, e, orig + step, r);
        double lm1 = contracted(f, inputs, x, e, orig - step, r);
        double lm2 = contracted(f, inputs, x, e, orig - 2 * step, r);
        x[e] = orig;
        double numeric = (-lp2 + 8 * lp1 - 8 * lm1 + lm2) / (12 * step);
        double excess = Math.abs(a[e] - numeric) - (atol + rtol * Math.max(Math.abs(a[e]), Math.abs(numeric)));
        if (excess > worst.maxError()) {
          worst = new Result(excess, a[e], numeric, in, e, excess <= 0);
        }
      }
    }
    return worst;
  }

  private static double contracted(Function<Tensor[], Tensor> f, Tensor[] inputs, float[] x, int e, double value,
                                   float[] r) {
    x[e] = (float) value;
    Tensor y;
    try (var s = dev.ste4j.tensor.NoGrad.enter()) {
      y = f.apply(inputs);
    }
    float[] v = y.toArray();
    double sum = 0;
    for (int i = 0; i < v.length; i++) {
      sum += (double) v[i] * r[i];
    }
    return sum;
  }
}
