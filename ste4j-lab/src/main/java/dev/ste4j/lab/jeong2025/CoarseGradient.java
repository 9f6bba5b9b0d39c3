package dev.ste4j.lab.jeong2025;

import dev.ste4j.nn.quantizer.KinkConvention;
import dev.ste4j.nn.quantizer.SteVariant;

/**
 * The empirical coarse gradient over a sample — the kernel that dominates every experiment of this package.
 *
 * <p>At binary weights u ∈ {±1}ⁿ and second layer v ∈ R^m (Yin et al. 2019, Eq. 5, averaged over N samples):
 * <pre>
 *   x_k   = Z_k u                               (m pre-activations per sample)
 *   r_k   = vᵀσ(x_k) − y_k                      (residual)
 *   g_w   = (1/N) Σ_k Z_kᵀ (μ'(x_k) ⊙ v) r_k    (coarse gradient for w, n values)
 *   g_v   = (1/N) Σ_k σ(x_k) r_k                (true gradient for v, m values; only when asked)
 * </pre>
 * Forward: x = Z u over the column-major layout, the features added in index order (see {@link GradientKernel}), so
 * x is bitwise the same for every caller — in particular the teacher's labels are computed by this same routine, and
 * at u = w* without noise every residual is exactly 0, so the gradient is exactly 0 there. Backward: rows whose
 * coefficient μ'(x)·v·r is zero are skipped (near the optimum most are); the others are gathered and added in row
 * order over the row-major layout.
 *
 * <p>Work counted as floating-point operations: 2·N·m·n for the forward and 2·n per row with a non-zero coefficient for
 * the backward (multiply and add each count one; the O(N·m) residual and coefficient arithmetic is not counted).
 * Not thread-safe: one instance per trial.
 */
public final class CoarseGradient {

  private static final GradientKernel KERNEL = GradientKernel.selected();
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

  private final Sample sample;
  private final Activation activation;
  private final SteVariant ste;
  private final float clip;
  private final float[] pre;
  private final int[] activeRows;
  private final float[] coefficients;
  private long evaluations;
  private long flops;
  private long nanos;

  public CoarseGradient(Sample sample, Activation activation, SteVariant ste, double clip) {
    this.sample = sample;
    this.activation = activation;
    this.ste = ste;
    this.clip = (float) clip;
    this.pre = new float[sample.count() * sample.rows()];
    this.activeRows = new int[pre.length];
    this.coefficients = new float[pre.length];
  }

  /**
   * Writes g_w into {@code gw} (length n) and, when {@code gv} is not null, g_v into {@code gv} (length m).
   *
   * @param u binary weights, ±1 (length n)
   * @param v second layer (length m)
   */
  public void evaluate(float[] u, float[] v, float[] gw, float[] gv) {
    long start = cpuNanos();
    int n = sample.dimension();
    int m = sample.rows();
    int count = sample.count();
    float[] y = sample.labels();
    preActivations(sample, u, pre);
    java.util.Arrays.fill(gw, 0f);
    if (gv != null) {
      java.util.Arrays.fill(gv, 0f);
    }
    float invN = 1f / count;
    int active = 0;
    for (int k = 0; k < count; k++) {
      int base = k * m;
      float scaled = (output(activation, v, pre, base) - y[k]) * invN;
      if (scaled == 0f) {
        continue;
      }
      for (int i = 0; i < m; i++) {
        float x = pre[base + i];
        if (gv != null) {
          gv[i] += activation.apply(x) * scaled;
        }
        float c = ste.pseudoDerivative(x, clip, KinkConvention.YIN2019) * v[i] * scaled;
        if (c != 0f) {
          activeRows[active] = base + i;
          coefficients[active] = c;
          active++;
        }
      }
    }
    KERNEL.accumulateRows(sample.rowMajor(), n, activeRows, coefficients, active, gw);
    evaluations++;
    flops += 2L * count * m * n + 2L * n * active;
    nanos += cpuNanos() - start;
  }

  /** Coarse-gradient evaluations so far. */
  public long evaluations() {
    return evaluations;
  }

  /** Floating-point operations of the kernel so far, counted as described in the class comment. */
  public long flops() {
    return flops;
  }

  /**
   * CPU time of the calling thread spent in {@link #evaluate} so far, in nanoseconds (wall-clock time where the JVM
   * cannot measure thread CPU time). CPU time, because on a shared machine wall-clock time inside the kernel also
   * counts the time the thread waited for a core. For work rates only; not deterministic.
   */
  public long nanos() {
    return nanos;
  }

  private static long cpuNanos() {
    return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** x = Z u for every row of the sample (length N·m), in the fixed order of {@link GradientKernel}. */
  static void preActivations(Sample sample, float[] u, float[] x) {
    KERNEL.preActivations(sample.columnMajor(), sample.count() * sample.rows(), sample.dimension(), u, x);
  }

  /** vᵀσ(x[base .. base+m)), summed in row order. */
  static float output(Activation activation, float[] v, float[] x, int base) {
    float s = 0f;
    for (int i = 0; i < v.length; i++) {
      s += v[i] * activation.apply(x[base + i]);
    }
    return s;
  }
}
