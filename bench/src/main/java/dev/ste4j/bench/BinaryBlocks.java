package dev.ste4j.bench;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Norm;
import dev.ste4j.tensor.ops.SignSte;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces of the reference models in {@code WORKLOADS.md}, on engine ops: the sign quantizer with the clipped
 * straight-through backward, PyTorch's default weight initialisation, and batch normalisation with affine
 * parameters and running statistics (momentum 0.1, ε = 1e-5, as {@code nn.BatchNorm1d/2d}).
 */
final class BinaryBlocks {

  private BinaryBlocks() {}

  /** sign(x) with sign(0) = +1; backward g·1{|x| ≤ 1} (Hubara et al. 2016). */
  static Tensor sign(Tensor x) {
    return SignSte.apply(x, 1f);
  }

  /** PyTorch's default for Linear and Conv2d weights: U(−1/√fanIn, 1/√fanIn) (Kaiming uniform with a = √5). */
  static Tensor weight(Rng rng, int fanIn, int... dims) {
    float bound = (float) (1 / Math.sqrt(fanIn));
    return Tensor.rand(rng, -bound, bound, dims).requiresGrad(true);
  }

  /** Batch normalisation over axis 1 with γ = 1, β = 0 at start; trains γ and β. */
  /** Each weight followed by its batch norm's parameters: weight i pairs with norm i. */
  static List<Tensor> parameters(Tensor[] weights, BatchNorm[] norms) {
    List<Tensor> p = new ArrayList<>();
    for (int i = 0; i < weights.length; i++) {
      p.add(weights[i]);
      p.addAll(norms[i].parameters());
    }
    return p;
  }

  static final class BatchNorm {
    final Tensor gamma;
    final Tensor beta;
    private final float[] runningMean;
    private final float[] runningVar;

    BatchNorm(int channels) {
      gamma = Tensor.ones(channels).requiresGrad(true);
      beta = Tensor.zeros(channels).requiresGrad(true);
      runningMean = new float[channels];
      runningVar = new float[channels];
      java.util.Arrays.fill(runningVar, 1f);
    }

    Tensor apply(Tensor x) {
      return Norm.batchNorm(x, gamma, beta, runningMean, runningVar, true, 0.1f, 1e-5f);
    }

    List<Tensor> parameters() {
      return List.of(gamma, beta);
    }
  }
}
