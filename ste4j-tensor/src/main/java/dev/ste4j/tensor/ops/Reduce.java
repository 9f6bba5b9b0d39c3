package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Kernels;
import dev.ste4j.tensor.kernel.Parallel;
import java.util.Arrays;

/**
 * Reductions over axes. The reduced axes are moved last and each output is the sum of one contiguous block, in a
 * fixed order, so results do not depend on the thread count.
 */
public final class Reduce {

  private Reduce() {}

  /** Σ of all elements, as a scalar tensor. */
  public static Tensor sumAll(Tensor x) {
    float[] d = x.contiguous().data();
    Tensor y = Tensor.scalar(Kernels.get().sum(d, 0, d.length));
    return Autograd.record("sumAll", y, g -> new Tensor[] {Movement.expand(g, x.shape())}, x);
  }

  /** Mean of all elements. */
  public static Tensor meanAll(Tensor x) {
    return Elementwise.mulScalar(sumAll(x), 1f / x.size());
  }

  /** Σ over the given axes (all axes when none given); keepDims leaves them with size 1. */
  public static Tensor sum(Tensor x, boolean keepDims, int... axes) {
    boolean[] reduced = reducedAxes(x.shape(), axes);
    Shape kept = keptShape(x.shape(), reduced);
    Tensor moved = moveReducedLast(x, reduced);
    int outSize = kept.size();
    int block = outSize == 0 ? 0 : x.size() / Math.max(1, outSize);
    float[] d = moved.data();
    float[] o = new float[outSize];
    Kernels k = Kernels.get();
    Parallel.forRange(outSize, Math.max(1, Loops.GRAIN / Math.max(1, block)), (from, to) -> {
      for (int i = from; i < to; i++) {
        o[i] = k.sum(d, i * block, block);
      }
    });
    Shape outShape = keepDims ? kept : dropped(x.shape(), reduced);
    Tensor y = Tensor.wrap(o, outShape);
    return Autograd.record("sum", y, g -> new Tensor[] {Movement.expand(Movement.reshape(g, kept.dims()), x.shape())}, x);
  }

  /** Mean over the given axes. */
  public static Tensor mean(Tensor x, boolean keepDims, int... axes) {
    boolean[] reduced = reducedAxes(x.shape(), axes);
    int count = 1;
    for (int i = 0; i < reduced.length; i++) {
      if (reduced[i]) {
        count *= x.dim(i);
      }
    }
    return Elementwise.mulScalar(sum(x, keepDims, axes), 1f / Math.max(1, count));
  }

  /** Maximum along one axis; the gradient goes to the first maximal element. */
  public static Tensor max(Tensor x, int axis, boolean keepDims) {
    int a = x.shape().axis(axis);
    int[] arg = argmax(x, a);
    boolean[] reduced = new boolean[x.rank()];
    reduced[a] = true;
    Tensor moved = moveReducedLast(x, reduced);
    float[] d = moved.data();
    int len = x.dim(a);
    float[] o = new float[arg.length];
    for (int i = 0; i < o.length; i++) {
      o[i] = d[i * len + arg[i]];
    }
    Shape kept = keptShape(x.shape(), reduced);
    Tensor y = Tensor.wrap(o, keepDims ? kept : dropped(x.shape(), reduced));
    return Autograd.record("max", y, g -> {
      float[] gm = new float[x.size()];
      float[] gd = g.contiguous().data();
      for (int i = 0; i < arg.length; i++) {
        gm[i * len + arg[i]] = gd[i];
      }
      // gm is laid out with the axis last; move it back.
      Tensor gMoved = Tensor.wrap(gm, moved.shape());
      return new Tensor[] {Movement.permute(gMoved, inversePermutation(permutationReducedLast(reduced))).contiguous()};
    }, x);
  }

  /** Index of the first maximum along an axis, for every position of the other axes (row-major). */
  public static int[] argmax(Tensor x, int axis) {
    int a = x.shape().axis(axis);
    boolean[] reduced = new boolean[x.rank()];
    reduced[a] = true;
    float[] d = moveReducedLast(x, reduced).data();
    int len = x.dim(a);
    if (len == 0) {
      throw new IllegalArgumentException("argmax: axis " + axis + " of shape " + x.shape() + " is empty");
    }
    int[] out = new int[x.size() / len];
    for (int i = 0; i < out.length; i++) {
      int best = 0;
      float bv = d[i * len];
      for (int j = 1; j < len; j++) {
        float v = d[i * len + j];
        if (v > bv) {
          bv = v;
          best = j;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /** Sums a (broadcast) tensor down to a target shape it was broadcast from. */
  public static Tensor sumTo(Tensor x, Shape target) {
    if (x.shape().equals(target)) {
      return x;
    }
    int r = x.rank();
    int shift = r - target.rank();
    if (shift < 0) {
      throw new IllegalArgumentException("sumTo: cannot reduce shape " + x.shape() + " to larger rank " + target);
    }
    int[] axes = new int[r];
    int n = 0;
    for (int i = 0; i < r; i++) {
      if (i < shift) {
        axes[n++] = i;
      } else if (target.dim(i - shift) == 1 && x.dim(i) != 1) {
        axes[n++] = i;
      } else if (target.dim(i - shift) != x.dim(i)) {
        throw new IllegalArgumentException("sumTo: shape " + x.shape() + " was not broadcast from " + target);
      }
    }
    Tensor s = n == 0 ? x : sum(x, true, Arrays.copyOf(axes, n));
    return Movement.reshape(s, target.dims());
  }

  // ---- helpers ----

  static boolean[] reducedAxes(Shape s, int[] axes) {
    boolean[] r = new boolean[s.rank()];
    if (axes.length == 0) {
      Arrays.fill(r, true);
      return r;
    }
    for (int a : axes) {
      int n = s.axis(a);
      if (r[n]) {
        throw new IllegalArgumentException("axis " + a + " listed twice for shape " + s);
      }
      r[n] = true;
    }
    return r;
  }

  private static Shape keptShape(Shape s, boolean[] reduced) {
    int[] d = s.dims();
    for (int i = 0; i < d.length; i++) {
      if (reduced[i]) {
        d[i] = 1;
      }
    }
    return Shape.of(d);
  }

  private static Shape dropped(Shape s, boolean[] reduced) {
    int[] d = new int[s.rank()];
    int n = 0;
    for (int i = 0; i < s.rank(); i++) {
      if (!reduced[i]) {
        d[n++] = s.dim(i);
      }
    }
    return Shape.of(Arrays.copyOf(d, n));
  }

  private static int[] permutationReducedLast(boolean[] reduced) {
    int[] p = new int[reduced.length];
    int n = 0;
    for (int i = 0; i < reduced.length; i++) {
      if (!reduced[i]) {
        p[n++] = i;
      }
    }
    for (int i = 0; i < reduced.length; i++) {
      if (reduced[i]) {
        p[n++] = i;
      }
    }
    return p;
  }

  static int[] inversePermutation(int[] p) {
    int[] inv = new int[p.length];
    for (int i = 0; i < p.length; i++) {
      inv[p[i]] = i;
    }
    return inv;
  }

  /** A contiguous copy (no history) with the reduced axes last. */
  private static Tensor moveReducedLast(Tensor x, boolean[] reduced) {
    Tensor d = x.detach();
    int[] p = permutationReducedLast(reduced);
    Tensor moved = Movement.permute(d, p);
    return moved.ownsData() ? moved : Tensor.wrap(moved.toArray(), moved.shape());
  }
}
