package dev.ste4j.tensor.ops;

import dev.ste4j.tensor.Autograd;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.Kernels;

/**
 * Matrix products on the GEMM kernel. Transposed 2-D views are passed to the kernel as transposed operands rather
 * than copied, so the backward products (g·Bᵀ, Aᵀ·g) cost no copies.
 */
public final class Linalg {

  private Linalg() {}

  /**
   * Matrix product. [m,k]·[k,n] → [m,n]; with rank ≥ 3 the leading axes are batch axes, broadcast NumPy-style
   * ([b,m,k]·[k,n] and [b,m,k]·[b,k,n] → [b,m,n]).
   */
  public static Tensor matmul(Tensor a, Tensor b) {
    if (a.rank() < 2 || b.rank() < 2) {
      throw new IllegalArgumentException("matmul: needs rank ≥ 2 operands, got " + a.shape() + " and " + b.shape());
    }
    int m = a.dim(-2);
    int k = a.dim(-1);
    int n = b.dim(-1);
    if (b.dim(-2) != k) {
      throw new IllegalArgumentException("matmul: inner dimensions differ: " + a.shape() + " · " + b.shape());
    }
    if (a.rank() == 2 && b.rank() == 2) {
      Tensor y = Tensor.wrap(gemm2d(a, b), m, n);
      return Autograd.record("matmul", y, g -> new Tensor[] {
          a.requiresGrad() ? Tensor.wrap(gemm2d(g, Movement.transpose(b, 0, 1)), m, k) : null,
          b.requiresGrad() ? Tensor.wrap(gemm2d(Movement.transpose(a, 0, 1), g), k, n) : null}, a, b);
    }
    return batched(a, b, m, k, n);
  }

  /** Batched product: loops over broadcast batch indices, one GEMM each; backward composes the same ops. */
  private static Tensor batched(Tensor a, Tensor b, int m, int k, int n) {
    Shape batchA = Shape.of(java.util.Arrays.copyOf(a.dims(), a.rank() - 2));
    Shape batchB = Shape.of(java.util.Arrays.copyOf(b.dims(), b.rank() - 2));
    Shape batch = Shape.broadcast("matmul", batchA, batchB);
    int[] outDims = java.util.Arrays.copyOf(batch.dims(), batch.rank() + 2);
    outDims[batch.rank()] = m;
    outDims[batch.rank() + 1] = n;
    Tensor ae = Movement.expand(a.detach(), concatShape(batch, m, k)).contiguous();
    Tensor be = Movement.expand(b.detach(), concatShape(batch, k, n)).contiguous();
    float[] ad = ae.data();
    float[] bd = be.data();
    float[] o = new float[Shape.of(outDims).size()];
    Kernels kern = Kernels.get();
    for (int i = 0; i < batch.size(); i++) {
      kern.gemm(false, false, m, n, k, ad, i * m * k, k, bd, i * k * n, n, o, i * m * n, n, false);
    }
    Tensor y = Tensor.wrap(o, outDims);
    return Autograd.record("matmul", y, g -> new Tensor[] {
        matmul(g, Movement.transpose(b, -1, -2)).sumTo(a.shape()),
        matmul(Movement.transpose(a, -1, -2), g).sumTo(b.shape())}, a, b);
  }

  private static Shape concatShape(Shape batch, int r, int c) {
    int[] d = java.util.Arrays.copyOf(batch.dims(), batch.rank() + 2);
    d[batch.rank()] = r;
    d[batch.rank() + 1] = c;
    return Shape.of(d);
  }

  /** C = A·B for 2-D operands that may be transposed views. */
  static float[] gemm2d(Tensor a, Tensor b) {
    int m = a.dim(0);
    int k = a.dim(1);
    int n = b.dim(1);
    Operand oa = Operand.of(a);
    Operand ob = Operand.of(b);
    float[] c = new float[m * n];
    Kernels.get().gemm(oa.transposed, ob.transposed, m, n, k, oa.data, oa.offset, oa.ld, ob.data, ob.offset, ob.ld,
        c, 0, n, false);
    return c;
  }

  /** A 2-D tensor as a GEMM operand: row-major with a leading dimension, or column-major (transposed). */
  private record Operand(float[] data, int offset, int ld, boolean transposed) {
    static Operand of(Tensor t) {
      int[] s = t.strides();
      if (s[1] == 1 && (s[0] >= t.dim(1) || t.dim(0) == 1)) {
        return new Operand(t.storage(), t.offset(), Math.max(s[0], t.dim(1)), false);
      }
      if (s[0] == 1 && (s[1] >= t.dim(0) || t.dim(1) == 1)) {
        return new Operand(t.storage(), t.offset(), Math.max(s[1], t.dim(0)), true);
      }
      return new Operand(t.toArray(), 0, t.dim(1), false);
    }
  }
}
