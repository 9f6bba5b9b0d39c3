package dev.ste4j.lab.shekhovtsov2021;

/**
 * Visits every binary state of an SBN on one example with its probability: the building block for exact
 * expectations Σ_s P(s)·f(s) of any function of the state.
 *
 * <p>Depth-first over {@link StateOrder}: the path probability is a running product (no per-leaf recomputation of
 * P(s)), each pre-activation is computed once per tree node, and branches of probability 0 are pruned. One call
 * enumerates one independent part (a fixing of the first {@link StateOrder#splitBits()} variables); callers run the
 * parts in parallel and combine them in part order.
 */
final class StateEnumeration {

  /** Receives each leaf state with its probability; the sample is reused, so copy what must outlive the call. */
  @FunctionalInterface
  interface Visitor {
    void visit(Sample state, double probability);
  }

  private final Sbn net;
  private final StateOrder order;
  private final Sample s;
  private final Visitor visitor;
  private final int part;
  private final int bits;

  private StateEnumeration(Sbn net, StateOrder order, double[] x, int label, Visitor v, int part, int bits) {
    this.net = net;
    this.order = order;
    this.s = Sample.forEnumeration(net, x, label);
    this.visitor = v;
    this.part = part;
    this.bits = bits;
  }

  /** Visits the states of part {@code part} (of 2^order.splitBits()) for one example. */
  static void visitPart(Sbn net, StateOrder order, double[] x, int label, int part, Visitor v) {
    new StateEnumeration(net, order, x, label, v, part, order.splitBits()).dfs(0, 1.0);
  }

  /** Visits every state for one example, on the calling thread. */
  static void visitAll(Sbn net, double[] x, int label, Visitor v) {
    net.checkExample(x, label);
    StateOrder order = new StateOrder(net);
    for (int part = 0; part < 1 << order.splitBits(); part++) {
      visitPart(net, order, x, label, part, v);
    }
  }

  private void dfs(int d, double p) {
    if (d == order.size()) {
      int last = net.layers() - 1;
      for (int k = 0; k < net.classes(); k++) {
        s.a[last][k] = s.preActivation(net, last, k);
      }
      visitor.visit(s, p);
      return;
    }
    int l = order.layer[d];
    int j = order.row[d];
    int i = order.col[d];
    if (i >= 0) {
      int k = j * net.in(l) + i;
      double eta = net.weights(l)[k];
      for (int x = 1; x >= -1; x -= 2) {
        if (d < bits && x != StateOrder.forced(part, bits, d)) {
          continue;
        }
        double q = net.weightNoise().probability(x, eta);
        if (q > 0) {
          s.w[l][k] = x;
          dfs(d + 1, p * q);
        }
      }
      return;
    }
    double a = s.preActivation(net, l, j);
    s.a[l][j] = a;
    for (int x = 1; x >= -1; x -= 2) {
      if (d < bits && x != StateOrder.forced(part, bits, d)) {
        continue;
      }
      double q = net.noise().probability(x, a);
      if (q > 0) {
        s.h[l + 1][j] = x;
        dfs(d + 1, p * q);
      }
    }
  }
}
