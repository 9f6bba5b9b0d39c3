package dev.ste4j.lab.yin2019;

/**
 * The three straight-through estimators of the paper: the backward pass replaces σ'(x) (zero almost everywhere) by
 * the derivative μ'(x) of a surrogate μ.
 *
 * <table>
 *   <caption>STEs</caption>
 *   <tr><th>estimator</th><th>μ(x)</th><th>μ'(x)</th></tr>
 *   <tr><td>IDENTITY</td><td>x</td><td>1</td></tr>
 *   <tr><td>RELU</td><td>max(x, 0)</td><td>1{x > 0} (0 at x = 0)</td></tr>
 *   <tr><td>CLIPPED_RELU</td><td>min(max(x, 0), 1)</td><td>1{0 &lt; x &lt; 1} (0 at x = 0 and x = 1)</td></tr>
 * </table>
 *
 * The values at the kinks are the strict-inequality indicators of the paper's table; they matter only on sets of
 * measure zero (and at w = 0, where every pre-activation is exactly 0).
 */
public enum Estimator {
  IDENTITY("identity"),
  RELU("relu"),
  CLIPPED_RELU("clippedRelu");

  private final String key;

  Estimator(String key) {
    this.key = key;
  }

  /** The name used in JSON and on the command line: identity, relu, clippedRelu. */
  public String key() {
    return key;
  }

  /** μ'(x), the pseudo-derivative used in the backward pass. */
  public double pseudoDerivative(double x) {
    return switch (this) {
      case IDENTITY -> 1.0;
      case RELU -> x > 0 ? 1.0 : 0.0;
      case CLIPPED_RELU -> x > 0 && x < 1 ? 1.0 : 0.0;
    };
  }

  /** The estimator named by {@link #key()} (case-insensitive; also accepts clipped_relu); the error lists the names. */
  public static Estimator fromKey(String name) {
    for (Estimator e : values()) {
      if (e.key.equalsIgnoreCase(name) || e.name().equalsIgnoreCase(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown STE '" + name + "'; known: identity, relu, clippedRelu");
  }
}
