package dev.ste4j.lab.jeong2025;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;

/**
 * The quantity the sample-complexity proof controls: how far the empirical coarse gradient ĝ_N(u) of one sample is
 * from its population value g(u), uniformly over binary states u ∈ {±1}ⁿ.
 *
 * <p>For Gaussian inputs, σ = 1{x > 0}, the identity STE and v = v* (E z_i = 0 removes the cross terms between hidden
 * units, and E[z·1{zᵀa > 0}] = a/(‖a‖√(2π))):
 * <pre>
 *   g(u) = E ĝ_N(u) = ‖v*‖² (u − w*) / √(2πn).
 * </pre>
 * Every wrong sign u_j ≠ w*_j is pushed toward w*_j with strength 2‖v*‖²/√(2πn) and a right one not at all. The
 * measured deviation is
 * <pre>
 *   ρ = max_u ‖ĝ_N(u) − g(u)‖_∞ / (2‖v*‖²/√(2πn)),
 * </pre>
 * so ρ &lt; 1 means that in every binary state every coordinate of the empirical gradient is within the signal of its
 * population value: every wrong sign is pushed toward w* as in the population.
 *
 * <p>States: all 2ⁿ when n ≤ {@code exactUpTo} (exact); otherwise a stated search, a lower bound on the maximum: every
 * state within Hamming distance 2 of w* and {@code randomStates} states drawn uniformly. ĝ_N is evaluated by
 * {@link CoarseGradient}, the kernel the STE-gradient method runs.
 */
public final class UniformDeviation {

  private UniformDeviation() {}

  /** ρ and how it was found. */
  public record Measurement(double rho, long states, boolean exact) implements java.io.Serializable {}

  /** The population coarse gradient g(u) = ‖v‖²(u − w*)/√(2πn), for Gaussian inputs and the identity STE. */
  public static double[] population(float[] u, float[] teacher, float[] v) {
    double vv = 0;
    for (float x : v) {
      vv += (double) x * x;
    }
    double scale = vv / Math.sqrt(2 * Math.PI * u.length);
    double[] g = new double[u.length];
    for (int j = 0; j < u.length; j++) {
      g[j] = scale * (u[j] - teacher[j]);
    }
    return g;
  }

  /** The signal 2‖v‖²/√(2πn) on a wrong sign, the unit of ρ. */
  public static double signal(float[] v, int n) {
    double vv = 0;
    for (float x : v) {
      vv += (double) x * x;
    }
    return 2 * vv / Math.sqrt(2 * Math.PI * n);
  }

  /** ρ for one noiseless sample of the teacher, over the states described in the class comment. */
  public static Measurement measure(Sample sample, Teacher teacher, int exactUpTo, int randomStates, Rng states) {
    int n = sample.dimension();
    float[] w = teacher.weightsView();
    float[] v = teacher.secondLayerView();
    CoarseGradient kernel = new CoarseGradient(sample, Activation.STEP, SteVariant.IDENTITY, 1);
    float[] u = new float[n];
    float[] gw = new float[n];
    double worst = 0;
    long count = 0;
    if (n <= exactUpTo) {
      for (long bits = 0; bits < (1L << n); bits++) {
        for (int j = 0; j < n; j++) {
          u[j] = ((bits >>> j) & 1) == 0 ? w[j] : -w[j];
        }
        worst = Math.max(worst, deviation(kernel, u, w, v, gw));
        count++;
      }
      return new Measurement(worst / signal(v, n), count, true);
    }
    // w* itself, then every state at distance 1 (a = b) and 2 (a < b)
    System.arraycopy(w, 0, u, 0, n);
    worst = Math.max(worst, deviation(kernel, u, w, v, gw));
    count++;
    for (int a = 0; a < n; a++) {
      for (int b = a; b < n; b++) {
        System.arraycopy(w, 0, u, 0, n);
        u[a] = -u[a];
        if (b > a) {
          u[b] = -u[b];
        }
        worst = Math.max(worst, deviation(kernel, u, w, v, gw));
        count++;
      }
    }
    for (int s = 0; s < randomStates; s++) {
      for (int j = 0; j < n; j++) {
        u[j] = states.nextSign();
      }
      worst = Math.max(worst, deviation(kernel, u, w, v, gw));
      count++;
    }
    return new Measurement(worst / signal(v, n), count, false);
  }

  /** ‖ĝ_N(u) − g(u)‖_∞. */
  private static double deviation(CoarseGradient kernel, float[] u, float[] w, float[] v, float[] gw) {
    kernel.evaluate(u, v, gw, null);
    double[] g = population(u, w, v);
    double d = 0;
    for (int j = 0; j < u.length; j++) {
      d = Math.max(d, Math.abs(gw[j] - g[j]));
    }
    return d;
  }
}
