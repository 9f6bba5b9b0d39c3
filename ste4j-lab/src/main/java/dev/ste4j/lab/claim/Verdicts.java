package dev.ste4j.lab.claim;

/** Verdict rules shared by the labs. */
public final class Verdicts {

  private Verdicts() {}

  /** A claim tested case by case: reproduced when it held in every case, partly in some, not reproduced in none. */
  public static Verdict allSomeNone(int held, int cases) {
    if (cases < 1 || held < 0 || held > cases) {
      throw new IllegalArgumentException("need 0 <= held <= cases and cases >= 1, got " + held + " of " + cases);
    }
    return held == cases ? Verdict.REPRODUCED : held > 0 ? Verdict.PARTLY : Verdict.NOT_REPRODUCED;
  }
}
