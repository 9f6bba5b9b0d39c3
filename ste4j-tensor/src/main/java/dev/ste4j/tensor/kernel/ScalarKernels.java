package dev.ste4j.tensor.kernel;

/** Portable reference kernels in plain Java; the fallback everywhere and the yardstick in tests. */
public final class ScalarKernels implements Kernels {

  /** Rows of C per parallel task: enough work to amortise scheduling. */
  private static final int ROW_GRAIN = 4;

  @Override
  public String name() {
    return "scalar";
  }

  @Override
  public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k,
                   float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
                   float[] c, int cOffset, int ldc, boolean accumulate) {
    Parallel.forRange(m, ROW_GRAIN, (from, to) -> {
      for (int i = from; i < to; i++) {
        int ci = cOffset + i * ldc;
        if (!accumulate) {
          java.util.Arrays.fill(c, ci, ci + n, 0f);
        }
        if (transposeB) {
          // C[i,j] += A[i,:]·B[j,:]: a dot product per element.
          for (int j = 0; j < n; j++) {
            float s = 0f;
            int bj = bOffset + j * ldb;
            for (int p = 0; p < k; p++) {
              s += elementA(transposeA, a, aOffset, lda, i, p) * b[bj + p];
            }
            c[ci + j] += s;
          }
        } else {
          // i-p-j order streams rows of B; the accumulation order over p is fixed.
          for (int p = 0; p < k; p++) {
            float aip = elementA(transposeA, a, aOffset, lda, i, p);
            int bp = bOffset + p * ldb;
            for (int j = 0; j < n; j++) {
              c[ci + j] += aip * b[bp + j];
            }
          }
        }
      }
    });
  }

  private static float elementA(boolean transposeA, float[] a, int aOffset, int lda, int i, int p) {
    return transposeA ? a[aOffset + p * lda + i] : a[aOffset + i * lda + p];
  }

  @Override
  public float dot(float[] a, int aOffset, float[] b, int bOffset, int n) {
    float s = 0f;
    for (int i = 0; i < n; i++) {
      s += a[aOffset + i] * b[bOffset + i];
    }
    return s;
  }

  @Override
  public float sum(float[] x, int offset, int n) {
    float s = 0f;
    for (int i = 0; i < n; i++) {
      s += x[offset + i];
    }
    return s;
  }

  @Override
  public void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int n) {
    for (int i = 0; i < n; i++) {
      y[yOffset + i] += alpha * x[xOffset + i];
    }
  }

  @Override
  public void add(float[] a, int aOffset, float[] b, int bOffset, float[] out, int outOffset, int n) {
    for (int i = 0; i < n; i++) {
      out[outOffset + i] = a[aOffset + i] + b[bOffset + i];
    }
  }

  @Override
  public void mul(float[] a, int aOffset, float[] b, int bOffset, float[] out, int outOffset, int n) {
    for (int i = 0; i < n; i++) {
      out[outOffset + i] = a[aOffset + i] * b[bOffset + i];
    }
  }

  @Override
  public void scale(float alpha, float[] x, int xOffset, float[] out, int outOffset, int n) {
    for (int i = 0; i < n; i++) {
      out[outOffset + i] = alpha * x[xOffset + i];
    }
  }

  @Override
  public void sign(float[] x, int xOffset, float[] out, int outOffset, int n) {
    for (int i = 0; i < n; i++) {
      out[outOffset + i] = x[xOffset + i] >= 0f ? 1f : -1f;
    }
  }

  @Override
  public void clippedPass(float[] x, int xOffset, float clip, float[] g, int gOffset, float[] out, int outOffset,
                          int n) {
    for (int i = 0; i < n; i++) {
      out[outOffset + i] = g[gOffset + i] * (Math.abs(x[xOffset + i]) <= clip ? 1f : 0f);
    }
  }

  @Override
  public boolean allFinite(float[] x, int offset, int n) {
    for (int i = 0; i < n; i++) {
      if (!Float.isFinite(x[offset + i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void adamStep(AdamCoefficients c, float[] w, float[] grad, float[] m, float[] v, int from, int to) {
    double beta1 = c.beta1();
    double beta2 = c.beta2();
    for (int i = from; i < to; i++) {
      double g = grad[i] + c.l2() * w[i];
      m[i] = (float) (beta1 * m[i] + (1 - beta1) * g);
      v[i] = (float) (beta2 * v[i] + (1 - beta2) * g * g);
      double mHat = m[i] / c.bc1();
      double vHat = v[i] / c.bc2();
      w[i] = (float) (w[i] * c.shrink() - c.rate() * mHat / (Math.sqrt(vHat) + c.eps()));
    }
  }

  @Override
  public void maxPool(float[] x, int h, int w, int kernel, int stride, int ho, int wo, int planeFrom, int planeTo,
                      float[] out, int[] arg) {
    for (int pl = planeFrom; pl < planeTo; pl++) {
      for (int oy = 0; oy < ho; oy++) {
        int row = pl * h * w + oy * stride * w;
        int o = (pl * ho + oy) * wo;
        for (int ox = 0; ox < wo; ox++, o++) {
          int best = row + ox * stride;
          float bv = x[best];
          for (int i = 0; i < kernel; i++) {
            int p = row + i * w + ox * stride;
            for (int j = 0; j < kernel; j++, p++) {
              if (x[p] > bv) {
                bv = x[p];
                best = p;
              }
            }
          }
          out[o] = bv;
          arg[o] = best;
        }
      }
    }
  }
}
