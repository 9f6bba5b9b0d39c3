package dev.ste4j.tensor.kernel;

/**
 * The float kernels every op runs on: one narrow interface, a scalar reference implementation and a Vector API twin.
 *
 * <p>Arrays are flat, row-major, addressed by offset; callers validate arguments once (kernels do no checks).
 * Each implementation is bitwise repeatable on its own and for any thread count; scalar and vector may differ by
 * rounding. {@link #get()} returns the implementation chosen at start-up (see {@link KernelSelection}; every kernel
 * choice is in {@link KernelProvider}).
 */
public interface Kernels {

  /** The implementation in use: chosen once, on first use. */
  static Kernels get() {
    return KernelSelection.selected().kernels();
  }

  /** Short name: {@code scalar} or {@code vector}. */
  String name();

  /** Floats per vector register: 1 for the scalar kernels. */
  default int floatsPerVector() {
    return 1;
  }

  /** The name with what matters for speed (vector width, GEMM tiling), for {@code ste --version}. */
  default String describe() {
    return name();
  }

  /**
   * C[m×n] = (accumulate ? C : 0) + op(A)·op(B), where op(A) is m×k (A stored k×m when transposeA) and op(B) is k×n
   * (B stored n×k when transposeB). Leading dimensions are row strides in elements.
   */
  void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
            float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
            float[] c, int cOffset, int ldc, boolean accumulate);

  /** Σ a[i]·b[i] over n elements. */
  float dot(float[] a, int aOffset, float[] b, int bOffset, int n);

  /** Σ x[i] over n elements. */
  float sum(float[] x, int offset, int n);

  /** y[i] += alpha·x[i]. */
  void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n);

  /** out[i] = a[i] + b[i]. */
  void add(float[] a, int aOffset, float[] b, int bOffset, float[] out, int outOffset, int n);

  /** out[i] = a[i] · b[i]. */
  void mul(float[] a, int aOffset, float[] b, int bOffset, float[] out, int outOffset, int n);

  /** out[i] = alpha · x[i]. */
  void scale(float alpha, float[] x, int xOffset, float[] out, int outOffset, int n);

  /** out[i] = x[i] ≥ 0 ? +1 : −1 (sign(0) = sign(−0) = +1; NaN gives −1). */
  void sign(float[] x, int xOffset, float[] out, int outOffset, int n);

  /**
   * out[i] = g[i] · (|x[i]| ≤ clip ? 1 : 0) — the clipped straight-through backward, as the product the generic
   * straight-through op computes: a blocked gradient is g·0 (−0 for a negative g, NaN for an infinite or NaN g), and a
   * NaN x blocks.
   */
  void clippedPass(float[] x, int xOffset, float clip, float[] g, int gOffset, float[] out, int outOffset, int n);

  /** Whether x[off..off+n) holds no NaN and no infinity (the trainer's per-step divergence check). */
  boolean allFinite(float[] x, int offset, int n);

  /**
   * One Adam/AdamW step over elements [from, to) of a parameter, its gradient and its two moment buffers, with the
   * arithmetic {@link AdamCoefficients} spells out; every implementation gives bitwise the same result.
   */
  void adamStep(AdamCoefficients c, float[] w, float[] grad, float[] m, float[] v, int from, int to);

  /**
   * Max pooling of planes [planeFrom, planeTo) of h×w images (no padding): out[plane, oy, ox] = the maximum over the
   * kernel×kernel window at (oy·stride, ox·stride), and arg = its flat index in x. Taps are visited in row-major order
   * and only a strictly greater value replaces the current one, so ties go to the first, and a NaN only wins as the
   * window's first tap. Both implementations give the same results.
   */
  void maxPool(float[] x, int h, int w, int kernel, int stride, int ho, int wo, int planeFrom, int planeTo,
               float[] out, int[] arg);
}
