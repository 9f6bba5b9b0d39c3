package dev.ste4j.lab.claim;

import dev.ste4j.lab.numeric.BinomialInterval;
import java.util.Locale;

/** How the labs' claim rules write a measurement: rates with their count and 95 % Wilson interval, numbers in ROOT. */
public final class ClaimText {

  private ClaimText() {}

  /** "97.5 % (39/40) [87.1, 99.6]": the rate, the count and the 95 % Wilson interval, in percent. */
  public static String rate(long successes, long trials) {
    BinomialInterval w = BinomialInterval.wilson95(successes, trials);
    return String.format(Locale.ROOT, "%s %% (%d/%d) [%s, %s]", pct(w.rate()), successes, trials, pct(w.low()),
        pct(w.high()));
  }

  /** A fraction in percent with one decimal, without a trailing ".0" at 0 and 100. */
  static String pct(double fraction) {
    double p = 100 * fraction;
    return p == 0 || p == 100 ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.1f", p);
  }

  /** A number to three significant digits. */
  public static String sig3(double x) {
    return String.format(Locale.ROOT, "%.3g", x);
  }
}
