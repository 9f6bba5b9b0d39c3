package dev.ste4j.lab.shekhovtsov2021;

/**
 * A gradient (or an estimate of one) with the shapes of an {@link Sbn}'s parameters: per layer, the weights (or the
 * latent logits η) out × in row-major, and the biases.
 */
public final class Gradient {

  private final double[][] w;
  private final double[][] b;

  private Gradient(double[][] w, double[][] b) {
    this.w = w;
    this.b = b;
  }

  /** Zeros shaped like net's parameters. */
  public static Gradient zeros(Sbn net) {
    double[][] w = new double[net.layers()][];
    double[][] b = new double[net.layers()][];
    for (int l = 0; l < w.length; l++) {
      w[l] = new double[net.in(l) * net.out(l)];
      b[l] = new double[net.out(l)];
    }
    return new Gradient(w, b);
  }

  public int layers() {
    return w.length;
  }

  /** Weight part of layer l; live storage. */
  public double[] weights(int layer) {
    return w[layer];
  }

  /** Bias part of layer l; live storage. */
  public double[] biases(int layer) {
    return b[layer];
  }

  public Gradient copy() {
    Gradient g = new Gradient(new double[w.length][], new double[b.length][]);
    for (int l = 0; l < w.length; l++) {
      g.w[l] = w[l].clone();
      g.b[l] = b[l].clone();
    }
    return g;
  }

  public void clear() {
    for (int l = 0; l < w.length; l++) {
      java.util.Arrays.fill(w[l], 0.0);
      java.util.Arrays.fill(b[l], 0.0);
    }
  }

  /** this += c·other. */
  public void addScaled(Gradient other, double c) {
    for (int l = 0; l < w.length; l++) {
      for (int k = 0; k < w[l].length; k++) {
        w[l][k] += c * other.w[l][k];
      }
      for (int k = 0; k < b[l].length; k++) {
        b[l][k] += c * other.b[l][k];
      }
    }
  }

  /** this += c·other² elementwise (second moments). */
  public void addSquaresScaled(Gradient other, double c) {
    for (int l = 0; l < w.length; l++) {
      for (int k = 0; k < w[l].length; k++) {
        w[l][k] += c * other.w[l][k] * other.w[l][k];
      }
      for (int k = 0; k < b[l].length; k++) {
        b[l][k] += c * other.b[l][k] * other.b[l][k];
      }
    }
  }

  public void scale(double c) {
    for (int l = 0; l < w.length; l++) {
      for (int k = 0; k < w[l].length; k++) {
        w[l][k] *= c;
      }
      for (int k = 0; k < b[l].length; k++) {
        b[l][k] *= c;
      }
    }
  }

  /** The parameters of layer l as one vector: weights then biases. */
  public double[] layerVector(int layer) {
    double[] v = new double[w[layer].length + b[layer].length];
    System.arraycopy(w[layer], 0, v, 0, w[layer].length);
    System.arraycopy(b[layer], 0, v, w[layer].length, b[layer].length);
    return v;
  }

  /** Every parameter as one vector, layer by layer (weights then biases). */
  public double[] flatten() {
    int n = 0;
    for (int l = 0; l < w.length; l++) {
      n += w[l].length + b[l].length;
    }
    double[] v = new double[n];
    int o = 0;
    for (int l = 0; l < w.length; l++) {
      System.arraycopy(w[l], 0, v, o, w[l].length);
      o += w[l].length;
      System.arraycopy(b[l], 0, v, o, b[l].length);
      o += b[l].length;
    }
    return v;
  }
}
