package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.EnumMap;
import java.util.Map;

/**
 * The sample loss and its (coarse) gradients on explicit inputs Z ∈ R^{m×n}, for the network y = vᵀσ(Zw) with
 * σ(x) = 1{x>0} (so σ(0) = 0) and labels y* = (v*)ᵀσ(Zw*):
 *
 * <pre>
 *   ℓ(v, w; Z)  = ½ (vᵀσ(Zw) − y*)²
 *   ∂ℓ/∂v       = σ(Zw) (vᵀσ(Zw) − y*)
 *   g_μ(v, w; Z) = Zᵀ(μ'(Zw) ⊙ v)(vᵀσ(Zw) − y*)            (Eq. 5; ∂ℓ/∂w itself is 0 almost everywhere)
 * </pre>
 *
 * Samples are indexed [k][i][j]: sample k, patch (row) i, coordinate j. Sums run over samples in index order, so the
 * result is deterministic. Each pre-activation zᵢᵀw is computed as (zᵢᵀ(w·2^−e))·2^e with 2^e the scale of w's
 * largest entry (the same double where nothing overflows), so σ sees the right sign for w at any scale and a huge w
 * gives ±∞, never ∞ − ∞.
 */
public final class EmpiricalLoss {

  private EmpiricalLoss() {}

  /** All sample means at (v, w); the samples must be N ≥ 1 arrays of shape m×n. */
  public static EmpiricalPoint evaluate(double[] v, double[] w, Teacher teacher, double[][][] samples) {
    return evaluate(v, w, teacher, samples, SteVariant.values());
  }

  /** As {@link #evaluate(double[], double[], Teacher, double[][][])} with the coarse gradient of the given STEs only. */
  public static EmpiricalPoint evaluate(
      double[] v, double[] w, Teacher teacher, double[][][] samples, SteVariant... stes) {
    teacher.requireShapes(v, w);
    requireSamples(samples, teacher.m(), teacher.n());
    int m = teacher.m();
    int n = teacher.n();
    double[] vStar = teacher.vStar();
    int wExponent = Vectors.scaleExponent(w);
    double[] wScaled = Vectors.scalb(w, -wExponent);
    double[] wStar = Vectors.scalb(teacher.wStar(), -Vectors.scaleExponent(teacher.wStar()));
    double[] gradV = new double[m];
    Map<SteVariant, double[]> coarse = new EnumMap<>(SteVariant.class);
    for (SteVariant e : stes) {
      coarse.put(e, new double[n]);
    }
    double loss = 0;
    double[] pre = new double[m];
    for (double[][] z : samples) {
      double y = 0;
      double yStar = 0;
      for (int i = 0; i < m; i++) {
        pre[i] = Math.scalb(Vectors.dot(z[i], wScaled), wExponent);
        y += pre[i] > 0 ? v[i] : 0;
        yStar += Vectors.dot(z[i], wStar) > 0 ? vStar[i] : 0;
      }
      double r = y - yStar;
      loss += 0.5 * r * r;
      for (int i = 0; i < m; i++) {
        gradV[i] += pre[i] > 0 ? r : 0;
      }
      for (SteVariant e : stes) {
        double[] g = coarse.get(e);
        for (int i = 0; i < m; i++) {
          double c = YinSte.pseudoDerivative(e, pre[i]) * v[i] * r;
          if (c != 0) {
            double[] zi = z[i];
            for (int j = 0; j < n; j++) {
              g[j] += zi[j] * c;
            }
          }
        }
      }
    }
    double inv = 1.0 / samples.length;
    for (int i = 0; i < m; i++) {
      gradV[i] *= inv;
    }
    for (double[] g : coarse.values()) {
      for (int j = 0; j < n; j++) {
        g[j] *= inv;
      }
    }
    return new EmpiricalPoint(loss * inv, gradV, coarse);
  }

  /** Checks N ≥ 1 samples of shape m×n with finite entries; the message names the first offending index. */
  public static void requireSamples(double[][][] samples, int m, int n) {
    if (samples == null || samples.length == 0) {
      throw new IllegalArgumentException("samples must hold at least one m×n input");
    }
    for (int k = 0; k < samples.length; k++) {
      if (samples[k] == null || samples[k].length != m) {
        throw new IllegalArgumentException("samples[" + k + "] has " + (samples[k] == null ? 0 : samples[k].length)
            + " rows but m = " + m);
      }
      for (int i = 0; i < m; i++) {
        double[] row = samples[k][i];
        if (row == null || row.length != n) {
          throw new IllegalArgumentException("samples[" + k + "][" + i + "] has length "
              + (row == null ? 0 : row.length) + " but n = " + n);
        }
        for (int j = 0; j < n; j++) {
          if (!Double.isFinite(row[j])) {
            throw new IllegalArgumentException("samples[" + k + "][" + i + "][" + j + "] is not finite: " + row[j]);
          }
        }
      }
    }
  }

  /** N inputs with i.i.d. N(0, 1) entries, shape [N][m][n], drawn in index order from rng. */
  public static double[][][] gaussianSamples(dev.ste4j.tensor.random.Rng rng, int count, int m, int n) {
    double[][][] z = new double[count][m][n];
    for (double[][] s : z) {
      for (double[] row : s) {
        for (int j = 0; j < n; j++) {
          row[j] = rng.nextGaussian();
        }
      }
    }
    return z;
  }
}
