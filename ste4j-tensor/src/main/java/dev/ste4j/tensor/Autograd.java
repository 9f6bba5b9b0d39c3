package dev.ste4j.tensor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Define-by-run reverse-mode autograd.
 *
 * <p>An op computes its output and calls {@link #record}; when gradients are enabled and an input requires one, the
 * output remembers the op's inputs and backward. {@link #backward} orders the graph once (iteratively: deep graphs must
 * not overflow the stack; inputs kept in a list, so the order is stable and results bitwise repeatable) and runs each
 * backward in reverse order, accumulating into leaves' {@code grad}.
 */
public final class Autograd {

  private Autograd() {}

  /** Records {@code out} as the result of {@code op} on {@code inputs}; returns {@code out}. */
  public static Tensor record(String op, Tensor out, Backward backward, Tensor... inputs) {
    if (NoGrad.isActive()) {
      return out;
    }
    for (Tensor in : inputs) {
      if (in != null && in.requiresGrad()) {
        out.attach(new Node(op, inputs.clone(), backward));
        return out;
      }
    }
    return out;
  }

  /** Back-propagates {@code seed} (the gradient of the loss with respect to {@code root}) through the graph. */
  static void backward(Tensor root, Tensor seed) {
    List<Tensor> order = topologicalOrder(root);
    Map<Tensor, Tensor> grads = new IdentityHashMap<>();
    grads.put(root, seed);
    try (NoGrad scope = NoGrad.enter()) {
      for (int i = order.size() - 1; i >= 0; i--) {
        Tensor t = order.get(i);
        Tensor g = grads.remove(t);
        if (g == null) {
          continue;
        }
        Node node = t.node();
        if (node == null) {
          t.accumulateGrad(g);
          continue;
        }
        Tensor[] inputGrads = node.backward().apply(g);
        for (int k = 0; k < node.inputs().length; k++) {
          Tensor in = node.inputs()[k];
          if (in == null || !in.requiresGrad() || inputGrads[k] == null) {
            continue;
          }
          Tensor gk = inputGrads[k];
          if (!gk.shape().equals(in.shape())) {
            throw new IllegalStateException("backward of " + node.op() + " returned gradient of shape " + gk.shape()
                + " for input " + k + " of shape " + in.shape());
          }
          Tensor prev = grads.get(in);
          grads.put(in, prev == null ? gk : prev.add(gk));
        }
      }
    }
  }

  /** Post-order over the graph reachable from root through tensors that require grad; leaves first. */
  private static List<Tensor> topologicalOrder(Tensor root) {
    List<Tensor> order = new ArrayList<>();
    Map<Tensor, Boolean> visited = new IdentityHashMap<>();
    ArrayDeque<Object[]> stack = new ArrayDeque<>();
    stack.push(new Object[] {root, 0});
    visited.put(root, Boolean.TRUE);
    while (!stack.isEmpty()) {
      Object[] top = stack.peek();
      Tensor t = (Tensor) top[0];
      int next = (Integer) top[1];
      Node node = t.node();
      Tensor[] inputs = node == null ? new Tensor[0] : node.inputs();
      if (next < inputs.length) {
        top[1] = next + 1;
        Tensor in = inputs[next];
        if (in != null && in.requiresGrad() && visited.put(in, Boolean.TRUE) == null) {
          stack.push(new Object[] {in, 0});
        }
      } else {
        stack.pop();
        order.add(t);
      }
    }
    return order;
  }
}
