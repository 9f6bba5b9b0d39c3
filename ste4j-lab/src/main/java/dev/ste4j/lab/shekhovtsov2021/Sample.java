package dev.ste4j.lab.shekhovtsov2021;

/**
 * One state of an {@link Sbn} on one example: layer inputs, pre-activations, the weights used and the noise drawn.
 *
 * <p>h[0] is the input and h[l+1] the ±1 output of sign layer l; a[l] are the pre-activations of layer l, so a[L] are
 * the logits; w[l] are the weights used (real, or the sampled ±1). {@code unitNoise}/{@code weightNoise} hold the
 * z values when the state was drawn (null for the deterministic network and for enumerated states), which relaxed
 * estimators need. Package-level fields: a sample is scratch state filled by forward passes and enumeration.
 */
public final class Sample {

  final double[][] h;
  final double[][] a;
  final double[][] w;
  final int label;
  final Loss lossFunction;
  double[][] unitNoise;
  double[][] weightNoise;

  private Sample(double[][] h, double[][] a, double[][] w, int label, Loss lossFunction) {
    this.lossFunction = lossFunction;
    this.h = h;
    this.a = a;
    this.w = w;
    this.label = label;
  }

  static Sample allocate(Sbn net, int label) {
    int layers = net.layers();
    double[][] h = new double[layers][];
    double[][] a = new double[layers][];
    double[][] w = new double[layers][];
    for (int l = 0; l < layers; l++) {
      h[l] = new double[net.in(l)];
      a[l] = new double[net.out(l)];
      w[l] = new double[net.in(l) * net.out(l)];
    }
    return new Sample(h, a, w, label, net.loss());
  }

  /**
   * A state to enumerate from: the example x in h[0] and, for real weights, the network's weights copied in (Bernoulli
   * weights are states of their own, set by the walk).
   */
  static Sample forEnumeration(Sbn net, double[] x, int label) {
    Sample s = allocate(net, label);
    System.arraycopy(x, 0, s.h[0], 0, x.length);
    if (!net.hasStochasticWeights()) {
      for (int l = 0; l < net.layers(); l++) {
        System.arraycopy(net.weights(l), 0, s.w[l], 0, s.w[l].length);
      }
    }
    return s;
  }

  /** b_j + Σ_i w_ji h_i for layer l, from this sample's weights and inputs. */
  double preActivation(Sbn net, int l, int j) {
    int in = net.in(l);
    double[] wl = w[l];
    double[] hl = h[l];
    double s = net.biases(l)[j];
    int base = j * in;
    for (int i = 0; i < in; i++) {
      s += wl[base + i] * hl[i];
    }
    return s;
  }

  /** Input of layer l (h[0] is the example); live storage. */
  public double[] input(int layer) {
    return h[layer];
  }

  /** Pre-activations of layer l (logits for the last layer); live storage. */
  public double[] preActivations(int layer) {
    return a[layer];
  }

  /** Weights used by layer l; live storage. */
  public double[] weightsUsed(int layer) {
    return w[layer];
  }

  public double[] logits() {
    return a[a.length - 1];
  }

  public int label() {
    return label;
  }

  /** The network's loss at this state's logits. */
  public double loss() {
    return lossFunction.value(logits(), label);
  }

  /** The noise z drawn for the units of hidden layer l; fails for a sample without noise. */
  public double[] unitNoise(int layer) {
    if (unitNoise == null) {
      throw new IllegalStateException("this state was enumerated or is deterministic: it carries no noise");
    }
    return unitNoise[layer];
  }

  /** The noise z_w drawn for the weights of layer l; fails for a sample without weight noise. */
  public double[] weightNoise(int layer) {
    if (weightNoise == null) {
      throw new IllegalStateException("this state carries no weight noise");
    }
    return weightNoise[layer];
  }

  /** Whether the sample carries its noise (it was drawn rather than enumerated or deterministic). */
  public boolean hasNoise() {
    return unitNoise != null;
  }
}
