package dev.ste4j.nn.quantizer;

/**
 * Which side of the clipped ReLU STE's upper kink is closed: the one boundary choice the three {@link SteVariant}s
 * leave open. The lower kink is open everywhere in ste4j: relu and clipped_relu give μ'(0) = 0, because every
 * pre-activation at w = 0 is exactly 0 and the papers' tables write 1{x &gt; 0}.
 */
public enum KinkConvention {
  /**
   * Open at both kinks, μ'(x) = 1{0 &lt; x &lt; top}: Yin et al. (ICLR 2019), whose table of STEs fixes the clipped
   * ReLU's derivative as 1{0 &lt; x &lt; 1}. Used by {@code heaviside} and by the yin2019 and jeong2025 labs.
   */
  YIN2019,
  /**
   * Closed at the top, μ'(x) = 1{0 &lt; x ≤ top}: the b-bit quantized ReLU, whose top level α(2^b − 1) takes the
   * interval (α(2^b − 2), α(2^b − 1)] like every other level, so the ramp includes its end.
   */
  TOP_CLOSED
}
