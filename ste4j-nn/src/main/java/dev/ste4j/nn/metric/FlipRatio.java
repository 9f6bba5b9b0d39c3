package dev.ste4j.nn.metric;

import dev.ste4j.nn.layer.Parameter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flip ratio of binary weights (Helwegen et al. 2019): the fraction of 1-bit weights whose sign differs between a
 * snapshot and now. A ratio near 0 means the binary network has stopped changing, whatever its latent weights do.
 *
 * <p>Signs follow sign(0) = +1. Only parameters of precision 1 are tracked.
 */
public final class FlipRatio {

  private final Map<String, float[]> signs;

  private FlipRatio(Map<String, float[]> signs) {
    this.signs = signs;
  }

  /** Records the current signs of every 1-bit parameter. */
  public static FlipRatio snapshot(Map<String, Parameter> params) {
    Map<String, float[]> s = new LinkedHashMap<>();
    params.forEach((n, p) -> {
      if (p.precision() == 1) {
        float[] w = p.data();
        float[] sign = new float[w.length];
        for (int i = 0; i < w.length; i++) {
          sign[i] = w[i] >= 0 ? 1f : -1f;
        }
        s.put(n, sign);
      }
    });
    return new FlipRatio(s);
  }

  /** A snapshot saved with {@link #signs()} (e.g. in a checkpoint). */
  public static FlipRatio of(Map<String, float[]> signs) {
    Map<String, float[]> s = new LinkedHashMap<>();
    signs.forEach((k, v) -> s.put(k, v.clone()));
    return new FlipRatio(s);
  }

  /** The recorded signs by parameter name. */
  public Map<String, float[]> signs() {
    return signs;
  }

  /** Fraction of flipped weights per tracked parameter, in model order. */
  public Map<String, Double> perParameter(Map<String, Parameter> params) {
    Map<String, Double> out = new LinkedHashMap<>();
    signs.forEach((n, before) -> {
      Parameter p = params.get(n);
      if (p == null || p.data().length != before.length) {
        throw new IllegalArgumentException("flip ratio: parameter " + n + " is missing or changed size");
      }
      out.put(n, flipped(before, p.data()) / (double) before.length);
    });
    return out;
  }

  /** Fraction of flipped weights over all tracked parameters together; NaN when there is none. */
  public double overall(Map<String, Parameter> params) {
    long flips = 0;
    long total = 0;
    for (var e : signs.entrySet()) {
      flips += flipped(e.getValue(), params.get(e.getKey()).data());
      total += e.getValue().length;
    }
    return total == 0 ? Double.NaN : flips / (double) total;
  }

  private static int flipped(float[] before, float[] now) {
    int f = 0;
    for (int i = 0; i < now.length; i++) {
      float s = now[i] >= 0 ? 1f : -1f;
      if (s != before[i]) {
        f++;
      }
    }
    return f;
  }
}
