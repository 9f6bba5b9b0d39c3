package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.tensor.random.Rng;

/** Small labelled images for the tests: class k is a bright 4×4 block at the k-th position plus Gaussian noise. */
final class SyntheticImages {

  static final int SIDE = 12;
  static final int CLASSES = 3;

  private SyntheticImages() {}

  static TrainTest make(int train, int test, long seed) {
    Rng rng = new Rng(seed);
    return new TrainTest(images("synthetic/train", train, rng.split(0)), images("synthetic/test", test, rng.split(1)));
  }

  private static Dataset images(String name, int n, Rng rng) {
    float[] x = new float[n * SIDE * SIDE];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % CLASSES;
      int off = i * SIDE * SIDE;
      for (int p = 0; p < SIDE * SIDE; p++) {
        x[off + p] = (float) (0.5 * rng.nextGaussian());
      }
      int r0 = 1 + 4 * y[i];
      for (int r = r0; r < r0 + 3; r++) {
        for (int c = r0; c < r0 + 3; c++) {
          x[off + r * SIDE + c] += 2f;
        }
      }
    }
    return new Dataset(name, x, y, new int[] {1, SIDE, SIDE}, CLASSES);
  }
}
