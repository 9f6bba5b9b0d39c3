package dev.ste4j.nn.quantizer;

import java.util.Map;

/**
 * The {@code clip} parameter of {@code ste_sign} and {@code magnitude_aware_sign}: the half-width of the pass band
 * 1{|x| ≤ clip}, a positive number, or {@code none} (+∞, the identity STE).
 */
final class ClipParam {

  private ClipParam() {}

  /** Fails unless clip is positive (+∞ included), naming the quantizer. */
  static void check(String quantizer, float clip) {
    if (!(clip > 0)) {
      throw new IllegalArgumentException(quantizer + ": clip must be positive or none, got " + clip);
    }
  }

  /** The registry form: {@code clip=none} for +∞. */
  static Map<String, String> config(float clip) {
    return Map.of("clip", Float.isInfinite(clip) ? "none" : Float.toString(clip));
  }

  /** Reads {@code clip} [1] from registry parameters. */
  static float read(Params p) {
    String c = p.string("clip", "1");
    return c.equals("none") ? Float.POSITIVE_INFINITY : p.number("clip", 1f);
  }
}
