package dev.ste4j.bench;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Parallel;
import java.util.List;

/**
 * Adam (Kingma &amp; Ba 2015) with PyTorch's defaults (β₁ = 0.9, β₂ = 0.999, ε = 1e-8, no weight decay), as
 * {@code torch.optim.Adam} in the reference workloads: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g²,
 * θ ← θ − lr·(m/(1−β₁ᵗ)) / (√(v/(1−β₂ᵗ)) + ε). Updates parameters in place; elements are independent, so the
 * parallel split cannot change results. The benchmark's own copy, so the workloads depend on the engine alone.
 */
final class Adam {

  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPS = 1e-8f;

  private final List<Tensor> params;
  private final float lr;
  private final float[][] m;
  private final float[][] v;
  private int step;

  Adam(List<Tensor> params, float lr) {
    this.params = params;
    this.lr = lr;
    this.m = new float[params.size()][];
    this.v = new float[params.size()][];
    for (int i = 0; i < params.size(); i++) {
      if (!params.get(i).ownsData()) {
        throw new IllegalArgumentException("Adam: parameter " + i + " is a view; parameters must own their storage");
      }
      m[i] = new float[params.get(i).size()];
      v[i] = new float[params.get(i).size()];
    }
  }

  void zeroGrad() {
    params.forEach(Tensor::zeroGrad);
  }

  void step() {
    step++;
    float c1 = (float) (1 - Math.pow(BETA1, step));
    float c2 = (float) (1 - Math.pow(BETA2, step));
    for (int i = 0; i < params.size(); i++) {
      Tensor p = params.get(i);
      if (p.grad() == null) {
        continue;
      }
      float[] theta = p.data();
      float[] g = p.grad().data();
      float[] mi = m[i];
      float[] vi = v[i];
      Parallel.forRange(theta.length, 1 << 15, (from, to) -> {
        for (int j = from; j < to; j++) {
          float gj = g[j];
          mi[j] = BETA1 * mi[j] + (1 - BETA1) * gj;
          vi[j] = BETA2 * vi[j] + (1 - BETA2) * gj * gj;
          theta[j] -= lr * (mi[j] / c1) / ((float) Math.sqrt(vi[j] / c2) + EPS);
        }
      });
    }
  }
}
