package dev.ste4j.nn.optim;

import dev.ste4j.nn.layer.Parameter;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which parameters an optimizer rule claims: by precision in bits and/or by a regular expression on the dotted name.
 *
 * <p>Precision is written {@code "1"} (exactly one bit), {@code ">1"}, {@code "<32"}, {@code "2-8"} (inclusive range) or
 * {@code "any"}; the name pattern must match the whole name ({@code "fc1\\..*"}). Both must hold when both are given.
 * {@link #rest()} claims what no other rule of an {@link OptimizerAssignment} claims (written {@code match: rest}).
 */
public final class ParameterSelector {

  private final String precisionText;
  private final int lo;
  private final int hi;
  private final Pattern name;

  private ParameterSelector(String precisionText, int lo, int hi, Pattern name) {
    this.precisionText = precisionText;
    this.lo = lo;
    this.hi = hi;
    this.name = name;
  }

  private static final String REST = "rest";

  /** Every parameter. */
  public static ParameterSelector any() {
    return new ParameterSelector("any", 1, 32, null);
  }

  /** The parameters that no other rule of the assignment claims. */
  public static ParameterSelector rest() {
    return new ParameterSelector(REST, 1, 32, null);
  }

  /** The 1-bit parameters: the latent weights of binary kernels. */
  public static ParameterSelector binaryKernels() {
    return precision(1);
  }

  /** The parameters of exactly this precision in bits. */
  public static ParameterSelector precision(int bits) {
    return of(Integer.toString(bits), null);
  }

  /**
   * @param precision a precision expression (see the class comment) or null for any
   * @param namePattern a regular expression over the whole dotted name, or null for any
   * @throws IllegalArgumentException naming a malformed expression or pattern
   */
  public static ParameterSelector of(String precision, String namePattern) {
    String p = precision == null ? "any" : precision.trim();
    int lo;
    int hi;
    try {
      if (p.equals("any")) {
        lo = 1;
        hi = 32;
      } else if (p.startsWith(">")) {
        lo = Integer.parseInt(p.substring(1).trim()) + 1;
        hi = 32;
      } else if (p.startsWith("<")) {
        lo = 1;
        hi = Integer.parseInt(p.substring(1).trim()) - 1;
      } else if (p.indexOf('-') > 0) {
        lo = Integer.parseInt(p.substring(0, p.indexOf('-')).trim());
        hi = Integer.parseInt(p.substring(p.indexOf('-') + 1).trim());
      } else {
        lo = Integer.parseInt(p);
        hi = lo;
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("precision selector '" + precision
          + "' is not one of N, >N, <N, A-B or any (bits)");
    }
    if (lo > hi || hi < 1 || lo > 32) {
      throw new IllegalArgumentException("precision selector '" + precision + "' matches no precision in 1..32 bits");
    }
    Pattern compiled = null;
    if (namePattern != null) {
      try {
        compiled = Pattern.compile(namePattern);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("parameter name pattern '" + namePattern + "' is not a regular expression: "
            + e.getDescription());
      }
    }
    return new ParameterSelector(p, lo, hi, compiled);
  }

  /** Whether this is {@link #rest()}. */
  public boolean isRest() {
    return precisionText.equals(REST);
  }

  /** The precision expression as given ({@code "any"} when none was). */
  public String precisionText() {
    return precisionText;
  }

  /** The name pattern, or null for any name. */
  public String namePattern() {
    return name == null ? null : name.pattern();
  }

  public boolean matches(String dottedName, Parameter p) {
    return p.precision() >= lo && p.precision() <= hi && (name == null || name.matcher(dottedName).matches());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterSelector other && precisionText.equals(other.precisionText)
        && java.util.Objects.equals(namePattern(), other.namePattern());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(precisionText, namePattern());
  }

  @Override
  public String toString() {
    if (isRest()) {
      return "the rest";
    }
    return "precision " + precisionText + (name == null ? "" : ", name ~ " + name.pattern());
  }
}
