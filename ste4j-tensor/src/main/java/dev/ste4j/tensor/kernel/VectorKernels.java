package dev.ste4j.tensor.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Kernels on the JDK Vector API. Loaded by name from {@link KernelSelection} so it links only when chosen.
 *
 * <p>Each kernel has one shape: a vector main loop, then a scalar tail. FMA is used throughout, always, so results are
 * repeatable; they may differ from {@link ScalarKernels} by rounding. The species is the platform's preferred one,
 * fixed for the life of the JVM.
 */
public final class VectorKernels implements Kernels {

  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  /** Ints with as many lanes as F, for window indices. */
  private static final VectorSpecies<Integer> I = VectorSpecies.of(int.class, F.vectorShape());

  @Override
  public String name() {
    return "vector";
  }

  @Override
  public String describe() {
    return "vector, " + F.vectorBitSize() + "-bit; float GEMM: blocked Vector API, " + VectorGemm.MR + "×"
        + VectorGemm.NR + " register tile, " + VectorGemm.BLOCKING + " (pure Java, no native BLAS)";
  }

  @Override
  public int floatsPerVector() {
    return F.length();
  }

  @Override
  public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                   float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                   float[] c, int cOffset, int ldc, boolean accumulate) {
    VectorGemm.gemm(transposeA, transposeB, m, n, k, a, aOffset, lda, b, bOffset, ldb, c, cOffset, ldc, accumulate);
  }

  @Override
  public float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
    FloatVector acc0 = FloatVector.zero(F);
    FloatVector acc1 = FloatVector.zero(F);
    int w = F.length();
    int i = 0;
    for (; i + 2 * w <= n; i += 2 * w) {
      acc0 = FloatVector.fromArray(F, a, aOffset + i).fma(FloatVector.fromArray(F, b, bOffset + i), acc0);
      acc1 = FloatVector.fromArray(F, a, aOffset + i + w).fma(FloatVector.fromArray(F, b, bOffset + i + w), acc1);
    }
    for (; i + w <= n; i += w) {
      acc0 = FloatVector.fromArray(F, a, aOffset + i).fma(FloatVector.fromArray(F, b, bOffset + i), acc0);
    }
    float s = sumLanes(acc0.add(acc1));
    for (; i < n; i++) {
      s = Math.fma(a[aOffset + i], b[bOffset + i], s);
    }
    return s;
  }

  /**
   * Adds the lanes left to right. {@code reduceLanes(ADD)} leaves the float summation order unspecified, and the
   * interpreter and the JIT-compiled intrinsic may differ, which would make results depend on warm-up and thread count.
   */
  private static float sumLanes(FloatVector v) {
    float[] lanes = v.toArray();
    float s = 0f;
    for (float x : lanes) {
      s += x;
    }
    return s;
  }

  @Override
  public float sum(float[] x, int offset, int n) {
    FloatVector acc = FloatVector.zero(F);
    int w = F.length();
    int i = 0;
    for (; i + w <= n; i += w) {
      acc = acc.add(FloatVector.fromArray(F, x, offset + i));
    }
    float s = sumLanes(acc);
    for (; i < n; i++) {
      s += x[offset + i];
    }
    return s;
  }

  @Override
  public void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n) {
    FloatVector va = FloatVector.broadcast(F, alpha);
    int w = F.length();
    int i = 0;
    for (; i + w <= n; i += w) {
      FloatVector.fromArray(F, x, xOffset + i).fma(va, FloatVector.fromArray(F, y, yOffset + i))
          .intoArray(y, yOffset + i);
    }
    for (; i < n; i++) {
      y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
    }
  }

  @Override
  public void add(float[] a, int aOffset, float[] b, int bOffset, float[] out, int outOffset, int n) {
    int w = F.length();
    int i = 0;
    for (; i + w <= n; i += w) {
      FloatVector.fromArray(F, a, aOffset + i).add(FloatVector.fromArray(F, b, bOffset + i)).intoArray(out, outOffset + i);
    }
    for (; i < n; i++) {
      out[outOffset + i] = a[aOffset + i] + b[bOffset + i];
    }
  }

  @Override
  public void mul(float[] a, int aOffset, float[] b, int bOffset, float[] out, int outOffset, int n) {
    int w = F.length();
    int i = 0;
    for (; i + w <= n; i += w) {
      FloatVector.fromArray(F, a, aOffset + i).mul(FloatVector.fromArray(F, b, bOffset + i)).intoArray(out, outOffset + i);
    }
    for (; i < n; i++) {
      out[outOffset + i] = a[aOffset + i] * b[bOffset + i];
    }
  }

  @Override
  public void scale(float alpha, float[] x, int xOffset, float[] out, int outOffset, int n) {
    int w = F.length();
    int i = 0;
    for (; i + w <= n; i += w) {
      FloatVector.fromArray(F, x, xOffset + i).mul(alpha).intoArray(out, outOffset + i);
    }
    for (; i < n; i++) {
      out[outOffset + i] = alpha * x[xOffset + i];
    }
  }

  @Override
  public void sign(float[] x, int xOffset, float[] out, int outOffset, int n) {
    // A blend, not a branch: random signs would mispredict half the time.
    FloatVector plus = FloatVector.broadcast(F, 1f);
    FloatVector minus = FloatVector.broadcast(F, -1f);
    int w = F.length();
    int i = 0;
    for (; i + w <= n; i += w) {
      FloatVector v = FloatVector.fromArray(F, x, xOffset + i);
      minus.blend(plus, v.compare(VectorOperators.GE, 0f)).intoArray(out, outOffset + i);
    }
    for (; i < n; i++) {
      out[outOffset + i] = x[xOffset + i] >= 0f ? 1f : -1f;
    }
  }

  @Override
  public void clippedPass(float[] x, int xOffset, float clip, float[] g, int gOffset, float[] out, int outOffset,
                          int n) {
    FloatVector zero = FloatVector.zero(F);
    FloatVector one = FloatVector.broadcast(F, 1f);
    int w = F.length();
    int i = 0;
    for (; i + w <= n; i += w) {
      FloatVector v = FloatVector.fromArray(F, x, xOffset + i);
      FloatVector pass = zero.blend(one, v.abs().compare(VectorOperators.LE, clip));
      FloatVector.fromArray(F, g, gOffset + i).mul(pass).intoArray(out, outOffset + i);
    }
    for (; i < n; i++) {
      out[outOffset + i] = g[gOffset + i] * (Math.abs(x[xOffset + i]) <= clip ? 1f : 0f);
    }
  }

  /** x·0 is ±0 for a finite x and NaN otherwise; a sum of those is NaN exactly when some x is not finite. */
  @Override
  public boolean allFinite(float[] x, int offset, int n) {
    // Four sums, so that the adds' latency does not set the pace.
    FloatVector a0 = FloatVector.zero(F);
    FloatVector a1 = a0;
    FloatVector a2 = a0;
    FloatVector a3 = a0;
    int w = F.length();
    int i = 0;
    for (; i + 4 * w <= n; i += 4 * w) {
      a0 = a0.add(FloatVector.fromArray(F, x, offset + i).mul(0f));
      a1 = a1.add(FloatVector.fromArray(F, x, offset + i + w).mul(0f));
      a2 = a2.add(FloatVector.fromArray(F, x, offset + i + 2 * w).mul(0f));
      a3 = a3.add(FloatVector.fromArray(F, x, offset + i + 3 * w).mul(0f));
    }
    for (; i + w <= n; i += w) {
      a0 = a0.add(FloatVector.fromArray(F, x, offset + i).mul(0f));
    }
    float s = a0.add(a1).add(a2).add(a3).reduceLanes(VectorOperators.ADD);
    for (; i < n; i++) {
      s += x[offset + i] * 0f;
    }
    return s == 0f;
  }

  @Override
  public void adamStep(AdamCoefficients c, float[] w, float[] grad, float[] m, float[] v, int from, int to) {
    VectorAdam.step(c, w, grad, m, v, from, to);
  }

  /**
   * One window per lane: each tap is a gather through the windows' start offsets, then a compare and a blend. The
   * scalar loop's data-dependent branches mispredicted on every other tap (22 ms against 5–9 ms here for 1M windows
   * of 2×2, one thread). Plane tails narrower than a vector run the scalar loop.
   */
  @Override
  public void maxPool(float[] x, int h, int w, int kernel, int stride, int ho, int wo, int planeFrom, int planeTo,
                      float[] out, int[] arg) {
    int hw = ho * wo;
    int[] starts = new int[hw];
    for (int oy = 0; oy < ho; oy++) {
      for (int ox = 0; ox < wo; ox++) {
        starts[oy * wo + ox] = oy * stride * w + ox * stride;
      }
    }
    int lanes = F.length();
    int body = hw - hw % lanes;
    for (int pl = planeFrom; pl < planeTo; pl++) {
      int base = pl * h * w;
      for (int o = 0; o < body; o += lanes) {
        IntVector first = IntVector.fromArray(I, starts, o);
        FloatVector bv = FloatVector.fromArray(F, x, base, starts, o);
        IntVector best = first;
        for (int i = 0; i < kernel; i++) {
          for (int j = i == 0 ? 1 : 0; j < kernel; j++) {
            int tap = i * w + j;
            FloatVector v = FloatVector.fromArray(F, x, base + tap, starts, o);
            VectorMask<Float> greater = v.compare(VectorOperators.GT, bv);
            bv = bv.blend(v, greater);
            best = best.blend(first.add(tap), greater.cast(I));
          }
        }
        bv.intoArray(out, pl * hw + o);
        best.add(base).intoArray(arg, pl * hw + o);
      }
      for (int o = body; o < hw; o++) {
        int best = base + starts[o];
        float bv = x[best];
        for (int i = 0; i < kernel; i++) {
          for (int j = 0; j < kernel; j++) {
            int p = base + starts[o] + i * w + j;
            if (x[p] > bv) {
              bv = x[p];
              best = p;
            }
          }
        }
        out[pl * hw + o] = bv;
        arg[pl * hw + o] = best;
      }
    }
  }
}
