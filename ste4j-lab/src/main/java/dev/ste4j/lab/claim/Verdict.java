package dev.ste4j.lab.claim;

import java.util.Locale;

/**
 * What a measurement says about one of a paper's claims. A verdict is always computed by a written rule from measured
 * numbers ({@link Claim#rule()}), never chosen by hand.
 */
public enum Verdict {
  /** The measurement meets the claim as the paper states it. */
  REPRODUCED,
  /** The measurement meets a weaker form of the claim, or meets it in some cases and not others. */
  PARTLY,
  /** The measurement contradicts the claim. */
  NOT_REPRODUCED,
  /** The experiment that tests the claim was not run at this scale or on this machine. */
  NOT_RUN;

  /** The verdict as written in reports and JSON: {@code reproduced}, {@code partly}, {@code not reproduced}, {@code not run}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The verdict named by {@link #label()} (or the constant's name); throws for an unknown name. */
  public static Verdict parse(String label) {
    String key = label.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    for (Verdict v : values()) {
      if (v.name().equals(key)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verdict '" + label + "' (expected reproduced, partly, not reproduced or not run)");
  }
}
