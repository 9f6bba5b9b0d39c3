package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The registry of gradient checks: one or more cases per differentiable op, named "Class.method[ variant]".
 * {@link OpGradientTest} runs every case and fails when a public op has no case here.
 */
final class GradientCases {

  /** A function of inputs and the inputs to check it at. */
  record Case(Function<Tensor[], Tensor> f, Tensor... inputs) {}

  private GradientCases() {}

  /** Normal values kept at least 0.2 away from 0 (the kink of relu, abs and the STEs). */
  static Tensor awayFromZero(Rng rng, int... dims) {
    Tensor t = Tensor.randn(rng, 1f, dims);
    float[] d = t.data();
    for (int i = 0; i < d.length; i++) {
      d[i] = d[i] >= 0 ? d[i] + 0.2f : d[i] - 0.2f;
    }
    return t;
  }

  /** Distinct values (no ties for max and max-pooling), in random order, spaced well above the FD step. */
  static Tensor distinct(Rng rng, int... dims) {
    Tensor t = Tensor.zeros(dims);
    float[] d = t.data();
    int[] p = rng.permutation(d.length);
    for (int i = 0; i < d.length; i++) {
      d[i] = (p[i] - d.length / 2f) * 0.1f;
    }
    return t;
  }

  static Tensor positive(Rng rng, int... dims) {
    return Tensor.rand(rng, 0.5f, 2f, dims);
  }

  static Map<String, Case> all() {
    Rng r = new Rng(42);
    Map<String, Case> c = new LinkedHashMap<>();
    // Elementwise, including broadcasting both ways and strided (transposed) operands.
    c.put("Elementwise.add", new Case(x -> Elementwise.add(x[0], x[1]), Tensor.randn(r, 1, 3, 4), Tensor.randn(r, 1, 3, 4)));
    c.put("Elementwise.add broadcast", new Case(x -> Elementwise.add(x[0], x[1]), Tensor.randn(r, 1, 2, 3, 4), Tensor.randn(r, 1, 4)));
    c.put("Elementwise.add broadcast both", new Case(x -> Elementwise.add(x[0], x[1]), Tensor.randn(r, 1, 3, 1), Tensor.randn(r, 1, 1, 4)));
    c.put("Elementwise.sub", new Case(x -> Elementwise.sub(x[0], x[1]), Tensor.randn(r, 1, 3, 4), Tensor.randn(r, 1, 3, 1)));
    c.put("Elementwise.mul", new Case(x -> Elementwise.mul(x[0], x[1]), Tensor.randn(r, 1, 3, 4), Tensor.randn(r, 1, 3, 4)));
    c.put("Elementwise.mul transposed view", new Case(x -> Elementwise.mul(x[0].transpose(0, 1), x[1]), Tensor.randn(r, 1, 4, 3), Tensor.randn(r, 1, 3, 4)));
    c.put("Elementwise.div", new Case(x -> Elementwise.div(x[0], x[1]), Tensor.randn(r, 1, 3, 4), positive(r, 4)));
    c.put("Elementwise.maximum", new Case(x -> Elementwise.maximum(x[0], x[1]), distinct(r, 3, 4), Tensor.full(0.05f, 1)));
    c.put("Elementwise.addScalar", new Case(x -> Elementwise.addScalar(x[0], 2.5f), Tensor.randn(r, 1, 5)));
    c.put("Elementwise.mulScalar", new Case(x -> Elementwise.mulScalar(x[0], -1.5f), Tensor.randn(r, 1, 5)));
    c.put("Elementwise.neg", new Case(x -> Elementwise.neg(x[0]), Tensor.randn(r, 1, 5)));
    c.put("Elementwise.exp", new Case(x -> Elementwise.exp(x[0]), Tensor.randn(r, 1, 2, 3)));
    c.put("Elementwise.log", new Case(x -> Elementwise.log(x[0]), positive(r, 2, 3)));
    c.put("Elementwise.sqrt", new Case(x -> Elementwise.sqrt(x[0]), positive(r, 2, 3)));
    c.put("Elementwise.square", new Case(x -> Elementwise.square(x[0]), Tensor.randn(r, 1, 2, 3)));
    c.put("Elementwise.pow", new Case(x -> Elementwise.pow(x[0], 1.7f), positive(r, 2, 3)));
    c.put("Elementwise.abs", new Case(x -> Elementwise.abs(x[0]), awayFromZero(r, 2, 3)));
    c.put("Elementwise.relu", new Case(x -> Elementwise.relu(x[0]), awayFromZero(r, 2, 3)));
    c.put("Elementwise.relu strided", new Case(x -> Elementwise.relu(x[0].slice(1, 1, 3)), awayFromZero(r, 2, 4)));
    c.put("Elementwise.sigmoid", new Case(x -> Elementwise.sigmoid(x[0]), Tensor.randn(r, 1, 2, 3)));
    c.put("Elementwise.tanh", new Case(x -> Elementwise.tanh(x[0]), Tensor.randn(r, 1, 2, 3)));
    c.put("Elementwise.clamp", new Case(x -> Elementwise.clamp(x[0], -0.5f, 0.5f), clampSafe(r)));
    c.put("Elementwise.map", new Case(x -> Elementwise.map("softplus", x[0],
        v -> (float) Math.log1p(Math.exp(v)), v -> (float) (1 / (1 + Math.exp(-v)))), Tensor.randn(r, 1, 2, 3)));
    // Reductions.
    c.put("Reduce.sumAll", new Case(x -> Reduce.sumAll(x[0]), Tensor.randn(r, 1, 3, 4)));
    c.put("Reduce.meanAll", new Case(x -> Reduce.meanAll(x[0]), Tensor.randn(r, 1, 3, 4)));
    c.put("Reduce.sum", new Case(x -> Reduce.sum(x[0], false, 1), Tensor.randn(r, 1, 2, 3, 4)));
    c.put("Reduce.sum keepDims two axes", new Case(x -> Reduce.sum(x[0], true, 0, 2), Tensor.randn(r, 1, 2, 3, 4)));
    c.put("Reduce.sum of permuted view", new Case(x -> Reduce.sum(x[0].permute(2, 0, 1), false, 2), Tensor.randn(r, 1, 2, 3, 4)));
    c.put("Reduce.mean", new Case(x -> Reduce.mean(x[0], false, -1), Tensor.randn(r, 1, 3, 4)));
    c.put("Reduce.max", new Case(x -> Reduce.max(x[0], 1, false), distinct(r, 3, 4)));
    c.put("Reduce.max keepDims axis 0", new Case(x -> Reduce.max(x[0], 0, true), distinct(r, 3, 4)));
    c.put("Reduce.sumTo", new Case(x -> Reduce.sumTo(x[0], dev.ste4j.tensor.Shape.of(3, 1)), Tensor.randn(r, 1, 2, 3, 4)));
    // Movement.
    c.put("Movement.reshape", new Case(x -> Movement.reshape(x[0], 4, -1).mul(x[1]), Tensor.randn(r, 1, 2, 6), Tensor.randn(r, 1, 4, 3)));
    c.put("Movement.reshape of transposed view", new Case(x -> Movement.reshape(x[0].transpose(0, 1), -1), Tensor.randn(r, 1, 3, 4)));
    c.put("Movement.permute", new Case(x -> Movement.permute(x[0], 2, 0, 1).mul(x[1]), Tensor.randn(r, 1, 2, 3, 4), Tensor.randn(r, 1, 4, 2, 3)));
    c.put("Movement.transpose", new Case(x -> Movement.transpose(x[0], 0, 1).mul(x[1]), Tensor.randn(r, 1, 3, 4), Tensor.randn(r, 1, 4, 3)));
    c.put("Movement.slice", new Case(x -> Movement.slice(x[0], 1, 1, 3).mul(x[1]), Tensor.randn(r, 1, 2, 4), Tensor.randn(r, 1, 2, 2)));
    c.put("Movement.expand", new Case(x -> Movement.expand(x[0], dev.ste4j.tensor.Shape.of(2, 3, 4)).mul(x[1]), Tensor.randn(r, 1, 3, 1), Tensor.randn(r, 1, 2, 3, 4)));
    c.put("Movement.contiguous", new Case(x -> Movement.contiguous(x[0].transpose(0, 1)).mul(x[1]), Tensor.randn(r, 1, 3, 4), Tensor.randn(r, 1, 4, 3)));
    c.put("Movement.concat", new Case(x -> Movement.concat(1, x[0], x[1]).mul(x[2]), Tensor.randn(r, 1, 2, 2), Tensor.randn(r, 1, 2, 3), Tensor.randn(r, 1, 2, 5)));
    c.put("Movement.indexSelect", new Case(x -> Movement.indexSelect(x[0], new int[] {2, 0, 2}), Tensor.randn(r, 1, 3, 4)));
    c.put("Movement.gather", new Case(x -> Movement.gather(x[0], new int[] {1, 0, 3}), Tensor.randn(r, 1, 3, 4)));
    // Linear algebra.
    c.put("Linalg.matmul", new Case(x -> Linalg.matmul(x[0], x[1]), Tensor.randn(r, 1, 3, 5), Tensor.randn(r, 1, 5, 4)));
    c.put("Linalg.matmul transposed operands", new Case(x -> Linalg.matmul(x[0].transpose(0, 1), x[1].transpose(0, 1)), Tensor.randn(r, 1, 5, 3), Tensor.randn(r, 1, 4, 5)));
    c.put("Linalg.matmul batched", new Case(x -> Linalg.matmul(x[0], x[1]), Tensor.randn(r, 1, 2, 3, 5), Tensor.randn(r, 1, 2, 5, 4)));
    c.put("Linalg.matmul batched broadcast", new Case(x -> Linalg.matmul(x[0], x[1]), Tensor.randn(r, 1, 2, 3, 5), Tensor.randn(r, 1, 5, 4)));
    // Convolution, pooling, normalisation, losses.
    c.put("Conv.conv2d", new Case(x -> Conv.conv2d(x[0], x[1], x[2], 1, 1), Tensor.randn(r, 1, 2, 3, 5, 5), Tensor.randn(r, 1, 4, 3, 3, 3), Tensor.randn(r, 1, 4)));
    c.put("Conv.conv2d stride 2 no padding no bias", new Case(x -> Conv.conv2d(x[0], x[1], null, 2, 0), Tensor.randn(r, 1, 2, 2, 7, 6), Tensor.randn(r, 1, 3, 2, 3, 2)));
    c.put("Conv.conv2d permuted input view", new Case(x -> Conv.conv2d(x[0].permute(0, 1, 3, 2), x[1], null, 1, 2), Tensor.randn(r, 1, 1, 2, 4, 5), Tensor.randn(r, 1, 2, 2, 3, 3)));
    c.put("Pool.maxPool2d", new Case(x -> Pool.maxPool2d(x[0], 2, 2), distinct(r, 2, 2, 4, 6)));
    c.put("Pool.maxPool2d overlapping", new Case(x -> Pool.maxPool2d(x[0], 3, 1), distinct(r, 1, 2, 5, 5)));
    c.put("Pool.avgPool2d", new Case(x -> Pool.avgPool2d(x[0], 2, 2), Tensor.randn(r, 1, 2, 2, 4, 4)));
    c.put("Pool.avgPool2d overlapping", new Case(x -> Pool.avgPool2d(x[0], 3, 2), Tensor.randn(r, 1, 1, 2, 7, 5)));
    c.put("Norm.batchNorm train 2d", new Case(x -> Norm.batchNorm(x[0], x[1], x[2], new float[3], ones(3), true, 0.1f, 1e-5f), Tensor.randn(r, 1, 6, 3), positive(r, 3), Tensor.randn(r, 1, 3)));
    c.put("Norm.batchNorm train 4d", new Case(x -> Norm.batchNorm(x[0], x[1], x[2], new float[2], ones(2), true, 0.1f, 1e-5f), Tensor.randn(r, 1, 3, 2, 2, 3), positive(r, 2), Tensor.randn(r, 1, 2)));
    c.put("Norm.batchNorm train no affine", new Case(x -> Norm.batchNorm(x[0], null, null, new float[2], ones(2), true, 0.1f, 1e-5f), Tensor.randn(r, 1, 5, 2)));
    c.put("Norm.batchNorm eval", new Case(x -> Norm.batchNorm(x[0], x[1], x[2], new float[] {0.1f, -0.2f}, new float[] {0.5f, 2f}, false, 0.1f, 1e-5f), Tensor.randn(r, 1, 4, 2), positive(r, 2), Tensor.randn(r, 1, 2)));
    c.put("Loss.softmaxCrossEntropy", new Case(x -> Loss.softmaxCrossEntropy(x[0], new int[] {0, 3, 1}), Tensor.randn(r, 1, 3, 4)));
    c.put("Loss.mse", new Case(x -> Loss.mse(x[0], x[1]), Tensor.randn(r, 1, 3, 4), Tensor.randn(r, 1, 3, 4)));
    return c;
  }

  private static float[] ones(int n) {
    float[] v = new float[n];
    java.util.Arrays.fill(v, 1f);
    return v;
  }

  /** Values in ±(0.1..0.4) or ±(0.6..2): away from the clamp corners at ±0.5. */
  private static Tensor clampSafe(Rng r) {
    Tensor t = Tensor.zeros(3, 4);
    float[] d = t.data();
    for (int i = 0; i < d.length; i++) {
      float mag = i % 2 == 0 ? 0.1f + 0.3f * r.nextFloat() : 0.6f + 1.4f * r.nextFloat();
      d[i] = r.nextSign() * mag;
    }
    return t;
  }
}
