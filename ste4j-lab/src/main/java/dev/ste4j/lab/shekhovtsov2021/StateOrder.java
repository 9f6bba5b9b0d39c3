package dev.ste4j.lab.shekhovtsov2021;

/**
 * The order in which enumeration fixes an SBN's binary variables, and how the work splits into independent parts.
 *
 * <p>Layer by layer, row by row: the Bernoulli weights of row j (when weights are stochastic), then hidden unit j.
 * A unit's pre-activation is complete when it is reached, because the previous layer's units and its own row of
 * weights come earlier. Variable d is a weight (layer, row, col) when col ≥ 0 and a unit (layer, row) when col = −1.
 * The output layer has no unit variables: its logits are computed at the leaves.
 */
final class StateOrder {

  /**
   * Most binary variables enumeration accepts. At the measured ~1.3·10⁶ states/s of the exact gradient (2-core
   * development machine), 2^30 states take about 15 minutes; beyond that a run is impractical.
   */
  static final int MAX_BITS = 30;

  final int[] layer;
  final int[] row;
  final int[] col;

  StateOrder(Sbn net) {
    int n = net.stochasticBits();
    if (n > MAX_BITS) {
      throw new IllegalArgumentException("exact enumeration of " + n + " binary variables (2^" + n
          + " states) is infeasible; the limit is " + MAX_BITS + " (2^24 states took 13 s on a 2-core machine) ("
          + net + ")");
    }
    EnumerationLimit.check(n);
    layer = new int[n];
    row = new int[n];
    col = new int[n];
    int d = 0;
    for (int l = 0; l < net.layers(); l++) {
      boolean hidden = l < net.layers() - 1;
      for (int j = 0; j < net.out(l); j++) {
        if (net.hasStochasticWeights()) {
          for (int i = 0; i < net.in(l); i++) {
            layer[d] = l;
            row[d] = j;
            col[d] = i;
            d++;
          }
        }
        if (hidden) {
          layer[d] = l;
          row[d] = j;
          col[d] = -1;
          d++;
        }
      }
    }
  }

  int size() {
    return layer.length;
  }

  /**
   * Bits fixed per independent part: each part enumerates the subtree below one assignment of the first bits, so
   * parts share nothing and their sums are combined in part order (bitwise the same for any thread count).
   */
  int splitBits() {
    // Below 2^10 states a part is too small to be worth a task.
    return size() < 10 ? 0 : Math.min(6, size() - 10 + 1);
  }

  /** The forced value (+1/−1) of variable d in part {@code part} with {@code bits} fixed bits. */
  static int forced(int part, int bits, int d) {
    return ((part >>> (bits - 1 - d)) & 1) == 0 ? 1 : -1;
  }
}
