package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.tensor.kernel.Parallel;
import java.util.List;

/**
 * The exact expected loss E[ℓ] of an SBN and its exact gradient, by enumerating every binary state.
 *
 * <p>∇E[ℓ] = Σ_s P(s)·(ℓ(s)·∇log P(s) + ∇ℓ(s)). The score ∇log P(s) is a sum over variables, and the factor of
 * variable d depends only on the variables before it, so the sum is accumulated on the enumeration tree instead of at
 * every leaf: at each node, the subtree's V = Σ_{leaves below} P(leaf)·ℓ(leaf) multiplies that variable's score
 * (x·F′(a)/F(x·a), times the layer input for real weights). With real weights the logits are also built incrementally
 * along the last hidden layer, and the output layer's gradient Σ P·δ·hᵀ is aggregated on the tree, so a tree node
 * costs O(fan-in + K) and a leaf O(K) (one softmax); there are fewer than 2·2^n nodes for n binary variables.
 * Branches of probability 0 (uniform noise with |a| &gt; s) are pruned with their whole subtree. Scores are summed
 * per unit of noise scale and divided by the scale once at the end, so a tiny (even subnormal) scale, whose noise
 * CDF is nearly a step, gives the exact gradient rather than ∞ − ∞. The top bits split
 * the tree into independent parts run in parallel and summed in a fixed order, so the result is bitwise the same for
 * any thread count. (A Gray-code walk would also change one unit per leaf; the tree walk does the same amortized work
 * without the rounding drift of repeatedly adding and subtracting, and it can prune.)
 *
 * <p>Feasibility: the cost doubles with each binary variable. Measured with {@code ste lab shekhovtsov2021
 * enumeration} on the 2-core development machine while it was shared (load average about 11), wall clock for one
 * example of [8, n/2, n/2, 4]: 2^16 states in 0.07 s, 2^20 in 2.0 s, 2^24 in 12.8 s (1.3·10⁶ states/s); the exact
 * expectation of the ST estimator, one backward pass per state, 2^20 states in 3.9 s. Up to about 2^20 states per
 * example is interactive; {@link EnumerationLimit} refuses more than 2^26 unless raised, {@link StateOrder#MAX_BITS}
 * more than 2^30.
 */
public final class ExactGradient {

  /** Expected loss and its gradient, averaged over the examples given. */
  public record Result(double expectedLoss, Gradient gradient) {}

  private ExactGradient() {}

  /** The exact result for one example. */
  public static Result of(Sbn net, double[] x, int label) {
    return of(net, List.of(x), new int[] {label});
  }

  /** The exact expected loss and gradient of the mean loss over the examples. */
  public static Result of(Sbn net, List<double[]> xs, int[] labels) {
    if (xs.size() != labels.length || xs.isEmpty()) {
      throw new IllegalArgumentException("need the same positive number of inputs and labels, got " + xs.size()
          + " and " + labels.length);
    }
    for (int e = 0; e < labels.length; e++) {
      net.checkExample(xs.get(e), labels[e]);
    }
    StateOrder order = new StateOrder(net);
    int bits = order.splitBits();
    int parts = 1 << bits;
    int tasks = labels.length * parts;
    double[] losses = new double[tasks];
    Gradient[] grads = new Gradient[tasks];
    EnumerationProgress progress = EnumerationProgress.start("exact gradient", order.size(), labels.length, tasks);
    Parallel.forRange(tasks, 1, (from, to) -> {
      for (int t = from; t < to; t++) {
        Walker w = new Walker(net, order, xs.get(t / parts), labels[t / parts], t % parts, bits);
        losses[t] = w.run();
        grads[t] = w.grad;
        progress.partDone();
      }
    });
    double loss = 0;
    Gradient g = Gradient.zeros(net);
    for (int t = 0; t < tasks; t++) {
      loss += losses[t];
      g.addScaled(grads[t], 1.0);
    }
    g.scale(1.0 / labels.length);
    divideByScales(net, g);
    return new Result(loss / labels.length, g);
  }

  /**
   * The walk sums scores per unit of noise scale ({@link Noise#scaledScore}); every score term of a parameter has the
   * scale of the one noise it enters through, so each such gradient is divided by that scale here, once: hidden
   * layers' biases (and real weights) by the unit noise's s, Bernoulli weights by the weight noise's. With a tiny s
   * (even subnormal) the gradient is then exact, or ±∞ only where its true value lies beyond the double range.
   */
  private static void divideByScales(Sbn net, Gradient g) {
    int last = net.layers() - 1;
    double s = net.noise().scale();
    for (int l = 0; l < last; l++) {
      divide(g.biases(l), s);
      if (!net.hasStochasticWeights()) {
        divide(g.weights(l), s);
      }
    }
    if (net.hasStochasticWeights()) {
      for (int l = 0; l <= last; l++) {
        divide(g.weights(l), net.weightNoise().scale());
      }
    }
  }

  private static void divide(double[] x, double s) {
    for (int i = 0; i < x.length; i++) {
      x[i] /= s;
    }
  }

  /** Depth-first walk of one part of the state tree, accumulating into its own gradient. */
  private static final class Walker {
    final Sbn net;
    final StateOrder order;
    final Sample s;
    final int part;
    final int bits;
    final Gradient grad;
    final double[] dLogits;
    final int last;
    /**
     * Real weights with at least one hidden layer: the logits are built incrementally along the last hidden layer
     * (partial[d] = b + Σ_{units fixed before d} W[:, j]·x_j, O(K) per node instead of O(K·width) per leaf), and the
     * output layer's gradient Σ P·δ·h_jᵀ is aggregated on the tree through u[d] = Σ_{leaves below} P·δ.
     */
    final boolean incremental;
    final double[][] partial;
    final double[][] u;

    Walker(Sbn net, StateOrder order, double[] x, int label, int part, int bits) {
      this.net = net;
      this.order = order;
      this.s = Sample.forEnumeration(net, x, label);
      this.part = part;
      this.bits = bits;
      this.grad = Gradient.zeros(net);
      this.dLogits = new double[net.classes()];
      this.last = net.layers() - 1;
      this.incremental = !net.hasStochasticWeights() && last >= 1;
      this.partial = new double[order.size() + 1][net.classes()];
      this.u = new double[order.size() + 1][net.classes()];
    }

    /** The whole walk: V of the root, with the output biases' gradient Σ P·δ added. */
    double run() {
      double v = dfs(0, 1.0);
      if (incremental) {
        double[] gb = grad.biases(last);
        for (int k = 0; k < gb.length; k++) {
          gb[k] += u[0][k];
        }
      }
      return v;
    }

    /** Whether this part's fixed top bits exclude value x of variable d: such a branch has weight 0 here. */
    private boolean excluded(int d, int x) {
      return d < bits && x != StateOrder.forced(part, bits, d);
    }

    /**
     * Returns V = Σ over the leaves below of P(leaf)·ℓ(leaf), p being the probability of the path so far; when
     * incremental, also leaves Σ P(leaf)·∂ℓ/∂o in u[d].
     */
    double dfs(int d, double p) {
      if (d == order.size()) {
        return incremental ? leafIncremental(d, p) : leaf(p);
      }
      int l = order.layer[d];
      int j = order.row[d];
      int i = order.col[d];
      double v = 0;
      if (i >= 0) {
        int k = j * net.in(l) + i;
        double eta = net.weights(l)[k];
        Noise wn = net.weightNoise();
        for (int x = 1; x >= -1; x -= 2) {
          double q = excluded(d, x) ? 0 : wn.probability(x, eta);
          if (q == 0) {
            continue;
          }
          s.w[l][k] = x;
          double vc = dfs(d + 1, p * q);
          grad.weights(l)[k] += vc * wn.scaledScore(x, eta);
          v += vc;
        }
        return v;
      }
      double a = s.preActivation(net, l, j);
      s.a[l][j] = a;
      Noise noise = net.noise();
      int in = net.in(l);
      double[] h = s.h[l];
      double[] gw = grad.weights(l);
      boolean lastHidden = incremental && l == last - 1;
      double[] ud = u[d];
      if (incremental) {
        java.util.Arrays.fill(ud, 0.0);
        if (lastHidden && j == 0) {
          System.arraycopy(net.biases(last), 0, partial[d], 0, ud.length);
        }
      }
      for (int x = 1; x >= -1; x -= 2) {
        double q = excluded(d, x) ? 0 : noise.probability(x, a);
        if (q == 0) {
          continue;
        }
        s.h[l + 1][j] = x;
        if (lastHidden) {
          double[] from = partial[d];
          double[] to = partial[d + 1];
          double[] wOut = net.weights(last);
          int width = net.in(last);
          for (int k = 0; k < to.length; k++) {
            to[k] = from[k] + x * wOut[k * width + j];
          }
        }
        double vc = dfs(d + 1, p * q);
        double c = vc * noise.scaledScore(x, a);
        grad.biases(l)[j] += c;
        if (!net.hasStochasticWeights()) {
          int base = j * in;
          for (int ii = 0; ii < in; ii++) {
            gw[base + ii] += c * h[ii];
          }
        }
        if (incremental) {
          double[] uc = u[d + 1];
          if (lastHidden) {
            double[] gOut = grad.weights(last);
            int width = net.in(last);
            for (int k = 0; k < uc.length; k++) {
              gOut[k * width + j] += x * uc[k];
            }
          }
          for (int k = 0; k < uc.length; k++) {
            ud[k] += uc[k];
          }
        }
        v += vc;
      }
      return v;
    }

    private double leafIncremental(int d, double p) {
      double loss = net.loss().valueAndGradient(partial[d], s.label, dLogits);
      double[] ud = u[d];
      for (int k = 0; k < ud.length; k++) {
        ud[k] = p * dLogits[k];
      }
      return p * loss;
    }

    private double leaf(double p) {
      double[] o = s.a[last];
      for (int k = 0; k < o.length; k++) {
        o[k] = s.preActivation(net, last, k);
      }
      double loss = net.loss().valueAndGradient(o, s.label, dLogits);
      int in = net.in(last);
      double[] h = s.h[last];
      double[] gw = grad.weights(last);
      double[] gb = grad.biases(last);
      for (int k = 0; k < o.length; k++) {
        double c = p * dLogits[k];
        gb[k] += c;
        if (!net.hasStochasticWeights()) {
          int base = k * in;
          for (int i = 0; i < in; i++) {
            gw[base + i] += c * h[i];
          }
        }
      }
      return p * loss;
    }
  }
}
