package dev.ste4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.ops.Loss;
import dev.ste4j.tensor.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A two-hidden-layer network built from engine ops learns a three-class spiral (a classic problem that no linear
 * model solves: a linear classifier gets about 50%) to at least 95% accuracy on held-out points.
 */
class LearningTest {

  @Test
  void mlpLearnsThreeInterleavedSpirals() {
    Rng rng = new Rng(7);
    Spiral train = Spiral.make(rng.split(1), 200);
    Spiral test = Spiral.make(rng.split(2), 100);
    Rng init = rng.split(3);
    Tensor w1 = Tensor.randn(init, (float) Math.sqrt(2.0 / 2), 2, 64).requiresGrad(true);
    Tensor b1 = Tensor.zeros(64).requiresGrad(true);
    Tensor w2 = Tensor.randn(init, (float) Math.sqrt(2.0 / 64), 64, 64).requiresGrad(true);
    Tensor b2 = Tensor.zeros(64).requiresGrad(true);
    Tensor w3 = Tensor.randn(init, (float) Math.sqrt(1.0 / 64), 64, 3).requiresGrad(true);
    Tensor b3 = Tensor.zeros(3).requiresGrad(true);
    List<Tensor> params = List.of(w1, b1, w2, b2, w3, b3);
    java.util.function.Function<Tensor, Tensor> net =
        x -> x.matmul(w1).add(b1).relu().matmul(w2).add(b2).relu().matmul(w3).add(b3);

    // Full-batch gradient descent with momentum (the optimizers proper live in ste4j-nn).
    float[][] velocity = params.stream().map(p -> new float[p.size()]).toArray(float[][]::new);
    float firstLoss = Float.NaN;
    float lastLoss = Float.NaN;
    for (int step = 0; step < 1500; step++) {
      Tensor loss = Loss.softmaxCrossEntropy(net.apply(train.x), train.y);
      if (step == 0) {
        firstLoss = loss.item();
      }
      lastLoss = loss.item();
      loss.backward();
      for (int k = 0; k < params.size(); k++) {
        float[] d = params.get(k).data();
        float[] g = params.get(k).grad().data();
        for (int i = 0; i < d.length; i++) {
          velocity[k][i] = 0.9f * velocity[k][i] - 0.05f * g[i];
          d[i] += velocity[k][i];
        }
        params.get(k).zeroGrad();
      }
    }
    double accuracy;
    try (var s = NoGrad.enter()) {
      accuracy = accuracy(net.apply(test.x).argmax(1), test.y);
    }
    assertThat(lastLoss).isLessThan(firstLoss / 5);
    assertThat(accuracy).as("held-out accuracy").isGreaterThanOrEqualTo(0.95);
  }

  private static double accuracy(int[] predicted, int[] labels) {
    int ok = 0;
    for (int i = 0; i < labels.length; i++) {
      ok += predicted[i] == labels[i] ? 1 : 0;
    }
    return (double) ok / labels.length;
  }

  /** Three spiral arms in the plane, with a little Gaussian noise. */
  private record Spiral(Tensor x, int[] y) {
    static Spiral make(Rng rng, int perClass) {
      float[] x = new float[3 * perClass * 2];
      int[] y = new int[3 * perClass];
      for (int c = 0; c < 3; c++) {
        for (int i = 0; i < perClass; i++) {
          double r = (double) (i + 1) / perClass;
          double t = c * 2 * Math.PI / 3 + 1.75 * 2 * Math.PI * r * 0.5 + rng.nextGaussian() * 0.12;
          int k = c * perClass + i;
          x[2 * k] = (float) (r * Math.cos(t));
          x[2 * k + 1] = (float) (r * Math.sin(t));
          y[k] = c;
        }
      }
      return new Spiral(Tensor.wrap(x, 3 * perClass, 2), y);
    }
  }
}
