package dev.ste4j.nn.metric;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Gradient mismatch: how far the straight-through gradient of a quantized network is from a reference gradient —
 * here the gradient of the same network evaluated with its latent float weights (the network the latent weights
 * would be if quantization were undone), on the same batch.
 *
 * <p>Reported as 1 − cos(g_ste, g_ref) per parameter and over all parameters together: 0 when the directions agree,
 * 1 when orthogonal, 2 when opposite; NaN when either gradient is zero.
 */
public final class GradientMismatch {

  private GradientMismatch() {}

  /** 1 − cosine similarity of two equally long vectors, accumulated in double in index order. */
  public static double of(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("gradient mismatch: lengths " + a.length + " and " + b.length + " differ");
    }
    double[] dots = new double[3];
    accumulate(a, b, dots);
    return fromDots(dots);
  }

  /** Per-parameter mismatch and, under key {@code "all"}, the mismatch of the concatenated gradients. */
  public static Map<String, Double> of(Map<String, float[]> ste, Map<String, float[]> reference) {
    Map<String, Double> out = new LinkedHashMap<>();
    double[] total = new double[3];
    ste.forEach((name, g) -> {
      float[] r = reference.get(name);
      if (r == null) {
        throw new IllegalArgumentException("gradient mismatch: no reference gradient for " + name);
      }
      double[] d = new double[3];
      accumulate(g, r, d);
      out.put(name, fromDots(d));
      for (int i = 0; i < 3; i++) {
        total[i] += d[i];
      }
    });
    out.put("all", fromDots(total));
    return out;
  }

  private static void accumulate(float[] a, float[] b, double[] dots) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("gradient mismatch: lengths " + a.length + " and " + b.length + " differ");
    }
    for (int i = 0; i < a.length; i++) {
      dots[0] += (double) a[i] * b[i];
      dots[1] += (double) a[i] * a[i];
      dots[2] += (double) b[i] * b[i];
    }
  }

  private static double fromDots(double[] d) {
    if (d[1] == 0 || d[2] == 0) {
      return Double.NaN;
    }
    return 1 - d[0] / Math.sqrt(d[1] * d[2]);
  }
}
