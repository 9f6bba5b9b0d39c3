package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.random.Rng;
import java.util.Arrays;

/**
 * A stochastic binary network (SBN): hidden units x = sign(a − z) and a softmax output layer.
 *
 * <p>Layer l (l = 0..L) maps h[l] (width {@code widths[l]}) to width {@code widths[l+1]}: a = W h + b with W stored
 * row-major (out × in). h[0] is the input; layers 0..L−1 are stochastic sign layers with i.i.d. {@link #noise()};
 * layer L gives the logits of a softmax cross-entropy loss. The weights are either real numbers (deterministic) or,
 * when {@link #weightNoise()} is set, Bernoulli ±1 variables whose stored value is the latent logit η:
 * w = sign(η − z_w), P(w = +1) = F_w(η) (for logistic weight noise θ = sigmoid(η), η = logit θ). Biases are real.
 *
 * <p>The deterministic network sets every z to 0 (x = sign(a), w = sign(η)): its state is the most likely one.
 * Parameters live in plain double arrays that training updates in place; {@link #copy()} snapshots them.
 */
public final class Sbn {

  private final int[] widths;
  private final double[][] weights;
  private final double[][] biases;
  private final Noise noise;
  private final Noise weightNoise;
  private final Loss loss;

  /**
   * @param widths input width, hidden widths, number of classes (at least 2 entries, all positive, ≥ 2 classes)
   * @param weights per layer, out × in row-major: real weights, or latent logits η when weightNoise is set
   * @param biases per layer, length out
   * @param weightNoise null for real (deterministic) weights
   */
  public Sbn(int[] widths, double[][] weights, double[][] biases, Noise noise, Noise weightNoise) {
    this(widths, weights, biases, noise, weightNoise, new SoftmaxCrossEntropy());
  }

  /** As above with an explicit output loss (softmax cross-entropy by default). */
  public Sbn(int[] widths, double[][] weights, double[][] biases, Noise noise, Noise weightNoise, Loss loss) {
    if (widths.length < 2) {
      throw new IllegalArgumentException("an SBN needs an input and an output width, got " + Arrays.toString(widths));
    }
    for (int w : widths) {
      if (w < 1) {
        throw new IllegalArgumentException("layer widths must be positive, got " + Arrays.toString(widths));
      }
    }
    if (widths[widths.length - 1] < 2) {
      throw new IllegalArgumentException("the output layer needs at least 2 classes, got " + Arrays.toString(widths));
    }
    int layers = widths.length - 1;
    if (weights.length != layers || biases.length != layers) {
      throw new IllegalArgumentException("expected " + layers + " layers of weights and biases, got "
          + weights.length + " and " + biases.length);
    }
    for (int l = 0; l < layers; l++) {
      if (weights[l].length != widths[l + 1] * widths[l]) {
        throw new IllegalArgumentException("layer " + l + ": W must be " + widths[l + 1] + "×" + widths[l]
            + " (" + widths[l + 1] * widths[l] + " values), got " + weights[l].length);
      }
      if (biases[l].length != widths[l + 1]) {
        throw new IllegalArgumentException("layer " + l + ": b must have " + widths[l + 1] + " values, got "
            + biases[l].length);
      }
    }
    if (noise == null) {
      throw new IllegalArgumentException("the unit noise is required");
    }
    this.widths = widths.clone();
    this.weights = weights;
    this.biases = biases;
    this.noise = noise;
    this.weightNoise = weightNoise;
    if (loss == null) {
      throw new IllegalArgumentException("the loss is required");
    }
    this.loss = loss;
  }

  /** A network with weights drawn N(0, gain²/fanIn) (or logits, when weightNoise is set) and biases N(0, 0.1²). */
  public static Sbn random(int[] widths, Noise noise, Noise weightNoise, double gain, Rng rng) {
    int layers = widths.length - 1;
    double[][] w = new double[layers][];
    double[][] b = new double[layers][];
    for (int l = 0; l < layers; l++) {
      w[l] = new double[widths[l + 1] * widths[l]];
      b[l] = new double[widths[l + 1]];
      double std = gain / Math.sqrt(widths[l]);
      for (int k = 0; k < w[l].length; k++) {
        w[l][k] = std * rng.nextGaussian();
      }
      for (int k = 0; k < b[l].length; k++) {
        b[l][k] = 0.1 * rng.nextGaussian();
      }
    }
    return new Sbn(widths, w, b, noise, weightNoise);
  }

  public int[] widths() {
    return widths.clone();
  }

  /** Number of layers L + 1 (hidden sign layers plus the output layer). */
  public int layers() {
    return widths.length - 1;
  }

  public int in(int layer) {
    return widths[layer];
  }

  public int out(int layer) {
    return widths[layer + 1];
  }

  public int inputs() {
    return widths[0];
  }

  public int classes() {
    return widths[widths.length - 1];
  }

  /** Weights (or latent logits) of a layer, out × in row-major; live storage. */
  public double[] weights(int layer) {
    return weights[layer];
  }

  /** Biases of a layer; live storage. */
  public double[] biases(int layer) {
    return biases[layer];
  }

  public Noise noise() {
    return noise;
  }

  public Loss loss() {
    return loss;
  }

  /** The same parameters (shared, not copied) with another output loss. */
  public Sbn withLoss(Loss other) {
    return new Sbn(widths, weights, biases, noise, weightNoise, other);
  }

  /** The Bernoulli weight noise, or null when weights are real. */
  public Noise weightNoise() {
    return weightNoise;
  }

  public boolean hasStochasticWeights() {
    return weightNoise != null;
  }

  /** Hidden stochastic units. */
  public int hiddenUnits() {
    int n = 0;
    for (int l = 1; l < widths.length - 1; l++) {
      n += widths[l];
    }
    return n;
  }

  public int weightCount() {
    int n = 0;
    for (double[] w : weights) {
      n += w.length;
    }
    return n;
  }

  /** Binary random variables of one forward pass: hidden units, plus every weight when weights are stochastic. */
  public int stochasticBits() {
    return hiddenUnits() + (hasStochasticWeights() ? weightCount() : 0);
  }

  /** An independent copy of the parameters. */
  public Sbn copy() {
    double[][] w = new double[weights.length][];
    double[][] b = new double[biases.length][];
    for (int l = 0; l < w.length; l++) {
      w[l] = weights[l].clone();
      b[l] = biases[l].clone();
    }
    return new Sbn(widths, w, b, noise, weightNoise, loss);
  }

  /** θ ← θ − lr·g for every parameter (weights or logits, and biases). */
  public void step(Gradient g, double lr) {
    for (int l = 0; l < weights.length; l++) {
      for (int k = 0; k < weights[l].length; k++) {
        weights[l][k] -= lr * g.weights(l)[k];
      }
      for (int k = 0; k < biases[l].length; k++) {
        biases[l][k] -= lr * g.biases(l)[k];
      }
    }
  }

  /** The deterministic network (every z = 0) on one example. */
  public Sample deterministic(double[] x, int label) {
    return forward(x, label, null, null);
  }

  /** One draw of the stochastic network: weight noise layer by layer (when stochastic), then unit noise. */
  public Sample sample(double[] x, int label, Rng rng) {
    double[][] zw = null;
    if (hasStochasticWeights()) {
      zw = new double[layers()][];
      for (int l = 0; l < layers(); l++) {
        zw[l] = new double[weights[l].length];
        for (int k = 0; k < zw[l].length; k++) {
          zw[l][k] = weightNoise.sample(rng);
        }
      }
    }
    double[][] zu = new double[layers() - 1][];
    for (int l = 0; l < zu.length; l++) {
      zu[l] = new double[out(l)];
      for (int k = 0; k < zu[l].length; k++) {
        zu[l][k] = noise.sample(rng);
      }
    }
    return forward(x, label, zw, zu);
  }

  /**
   * The forward pass for given noise: w = sign(η − z_w) (or the real weights), x = sign(a − z); a null noise array
   * means z = 0, the deterministic network.
   */
  public Sample forward(double[] x, int label, double[][] weightZ, double[][] unitZ) {
    checkExample(x, label);
    Sample s = Sample.allocate(this, label);
    System.arraycopy(x, 0, s.h[0], 0, x.length);
    for (int l = 0; l < layers(); l++) {
      double[] wl = s.w[l];
      for (int k = 0; k < wl.length; k++) {
        wl[k] = hasStochasticWeights()
            ? Noise.sign(weights[l][k] - (weightZ == null ? 0.0 : weightZ[l][k]))
            : weights[l][k];
      }
      for (int j = 0; j < out(l); j++) {
        double a = s.preActivation(this, l, j);
        s.a[l][j] = a;
        if (l < layers() - 1) {
          s.h[l + 1][j] = Noise.sign(a - (unitZ == null ? 0.0 : unitZ[l][j]));
        }
      }
    }
    s.weightNoise = weightZ;
    s.unitNoise = unitZ;
    return s;
  }

  /** Throws when x has the wrong length or the label is out of range. */
  public void checkExample(double[] x, int label) {
    if (x.length != inputs()) {
      throw new IllegalArgumentException("input has " + x.length + " values, the network expects " + inputs());
    }
    if (label < 0 || label >= classes()) {
      throw new IllegalArgumentException("label " + label + " is outside 0.." + (classes() - 1));
    }
  }

  @Override
  public String toString() {
    return "Sbn" + Arrays.toString(widths) + " noise=" + noise
        + (hasStochasticWeights() ? " bernoulliWeights=" + weightNoise : " realWeights");
  }
}
