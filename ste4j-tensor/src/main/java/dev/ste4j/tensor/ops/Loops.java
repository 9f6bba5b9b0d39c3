package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Kernels;
import dev.ste4j.tensor.kernel.Parallel;

/** The strided loops behind elementwise ops: broadcasting binary maps and unary maps into fresh contiguous arrays. */
final class Loops {

  /** Elements per parallel task for elementwise work. */
  static final int GRAIN = 1 << 14;

  /** A binary kernel that has a fast contiguous form, or NONE. */
  enum Fast { ADD, MUL, NONE }

  private Loops() {}

  /** Strides of t as seen from a broadcast output shape: 0 on broadcast and missing axes. */
  static int[] broadcastStrides(Tensor t, Shape out) {
    int r = out.rank();
    int[] s = new int[r];
    int[] ts = t.strides();
    int shift = r - t.rank();
    for (int i = 0; i < t.rank(); i++) {
      s[i + shift] = t.dim(i) == 1 ? 0 : ts[i];
    }
    return s;
  }

  /** out = f(a, b) with broadcasting, as a fresh contiguous tensor. */
  static Tensor binary(String op, Tensor a, Tensor b, FloatBinaryOperator f, Fast fast) {
    Shape out = Shape.broadcast(op, a.shape(), b.shape());
    float[] o = new float[out.size()];
    if (out.size() == 0) {
      return Tensor.wrap(o, out);
    }
    float[] ad = a.storage();
    float[] bd = b.storage();
    int[] as = broadcastStrides(a, out);
    int[] bs = broadcastStrides(b, out);
    int r = out.rank();
    if (r == 0) {
      o[0] = f.apply(ad[a.offset()], bd[b.offset()]);
      return Tensor.wrap(o, out);
    }
    int inner = out.dim(r - 1);
    int outer = out.size() / inner;
    int sa = as[r - 1];
    int sb = bs[r - 1];
    Kernels k = Kernels.get();
    int rowsPerTask = Math.max(1, GRAIN / Math.max(1, inner));
    Parallel.forRange(outer, rowsPerTask, (from, to) -> {
      for (int row = from; row < to; row++) {
        int pa = a.offset();
        int pb = b.offset();
        int rem = row;
        for (int ax = r - 2; ax >= 0; ax--) {
          int i = rem % out.dim(ax);
          rem /= out.dim(ax);
          pa += i * as[ax];
          pb += i * bs[ax];
        }
        int base = row * inner;
        if (sa == 1 && sb == 1 && fast == Fast.ADD) {
          k.add(ad, pa, bd, pb, o, base, inner);
        } else if (sa == 1 && sb == 1 && fast == Fast.MUL) {
          k.mul(ad, pa, bd, pb, o, base, inner);
        } else {
          for (int j = 0; j < inner; j++) {
            o[base + j] = f.apply(ad[pa + j * sa], bd[pb + j * sb]);
          }
        }
      }
    });
    return Tensor.wrap(o, out);
  }

  /** out = f(x) elementwise, as a fresh contiguous tensor of x's shape. */
  static Tensor unary(Tensor x, FloatUnaryOperator f) {
    float[] in = x.isContiguous() ? x.storage() : x.toArray();
    int off = x.isContiguous() ? x.offset() : 0;
    float[] o = new float[x.size()];
    Parallel.forRange(o.length, GRAIN, (from, to) -> {
      for (int i = from; i < to; i++) {
        o[i] = f.apply(in[off + i]);
      }
    });
    return Tensor.wrap(o, x.shape());
  }
}
