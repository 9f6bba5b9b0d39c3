package dev.ste4j.nn.quantizer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The three straight-through estimators compared by Yin et al. (ICLR 2019) for activations that are 0 below zero:
 * the backward replaces the quantizer's zero derivative σ'(x) by the derivative μ'(x) of a surrogate μ. This is the
 * one definition in ste4j: the library's {@code heaviside} and {@code qrelu} and the yin2019 and jeong2025 labs all
 * take their pseudo-derivative from {@link #pseudoDerivative(float, float, KinkConvention)}.
 *
 * <table>
 *   <caption>STEs (top: the clip level; the side of its kink by {@link KinkConvention})</caption>
 *   <tr><th>variant</th><th>μ(x)</th><th>μ'(x)</th></tr>
 *   <tr><td>identity</td><td>x</td><td>1</td></tr>
 *   <tr><td>relu</td><td>max(x, 0)</td><td>1{x &gt; 0} (0 at x = 0)</td></tr>
 *   <tr><td>clipped_relu</td><td>min(max(x, 0), top)</td><td>1{0 &lt; x &lt; top} ({@link KinkConvention#YIN2019})
 *       or 1{0 &lt; x ≤ top} ({@link KinkConvention#TOP_CLOSED})</td></tr>
 * </table>
 */
public enum SteVariant {
  /** μ'(x) = 1. */
  IDENTITY,
  /** μ'(x) = 1{x &gt; 0}. */
  RELU,
  /** μ'(x) = 1{0 &lt; x &lt; top} or 1{0 &lt; x ≤ top} by the {@link KinkConvention}. */
  CLIPPED_RELU;

  /** The registry spelling (identity, relu, clipped_relu). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the backward lets the gradient through at x: μ'(x) is 1 there, else 0. Doubles, so a float x and top
   * compare exactly as they would in float.
   */
  public boolean passesGradient(double x, double top, KinkConvention kinks) {
    return switch (this) {
      case IDENTITY -> true;
      case RELU -> x > 0;
      case CLIPPED_RELU -> x > 0 && (kinks == KinkConvention.YIN2019 ? x < top : x <= top);
    };
  }

  /** μ'(x) in float, for the engine's backward. */
  public float pseudoDerivative(float x, float top, KinkConvention kinks) {
    return passesGradient(x, top, kinks) ? 1f : 0f;
  }

  /** μ'(x) in double, for the closed forms and explicit coarse gradients. */
  public double pseudoDerivative(double x, double top, KinkConvention kinks) {
    return passesGradient(x, top, kinks) ? 1.0 : 0.0;
  }

  /** The variant spelt exactly {@code key} ({@link #key()}), if any. */
  public static Optional<SteVariant> fromKey(String key) {
    return Arrays.stream(values()).filter(v -> v.key().equals(key)).findFirst();
  }

  /** The registry spellings, comma-separated, for error messages. */
  public static String keys() {
    return Arrays.stream(values()).map(SteVariant::key).collect(Collectors.joining(", "));
  }

  /** Parses a registry parameter's exact spelling; an unknown one fails as {@code quantizer: ste=value is not one of …}. */
  public static SteVariant parse(String quantizer, String value) {
    return fromKey(value).orElseThrow(() ->
        new IllegalArgumentException(quantizer + ": ste=" + value + " is not one of " + keys()));
  }

  /**
   * Parses an option value, ignoring case and surrounding blanks; an unknown one fails as
   * {@code unknown straight-through estimator 'value': expected one of …}.
   */
  public static SteVariant parse(String value) {
    return fromKey(value.trim().toLowerCase(Locale.ROOT)).orElseThrow(() ->
        new IllegalArgumentException("unknown straight-through estimator '" + value + "': expected one of " + keys()));
  }
}
