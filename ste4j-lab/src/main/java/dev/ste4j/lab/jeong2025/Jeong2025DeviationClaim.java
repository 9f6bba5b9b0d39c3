package dev.ste4j.lab.jeong2025;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.ClaimText;
import dev.ste4j.lab.claim.Verdict;
import java.util.Locale;

/** The verdict on the uniform concentration that Jeong, Xin and Yin's proof rests on, from a {@link DeviationResult}. */
public final class Jeong2025DeviationClaim {

  private static final String PAPER = Jeong2025Claims.PAPER;
  private static final String SCALE = Jeong2025Claims.PAPER_SCALE;

  private Jeong2025DeviationClaim() {}

  /**
   * The uniform concentration the proof rests on: the N needed for the empirical coarse gradient to stay within a
   * fixed share of the signal in every binary state grows polynomially in n. Rule on the exponent k of N_ρ(n) ∝ nᵏ
   * with its 95 % bootstrap interval, against the O(n²) reading: reproduced when the interval lies at or below 2;
   * partly when k does but its interval reaches above; not reproduced when k > 2; not run when k could not be fitted.
   */
  public static Claim of(DeviationResult r) {
    String id = "uniform-deviation";
    String statement = "The empirical STE gradient concentrates around its population value uniformly over all "
        + "binary states once N grows polynomially in n (the compressed-sensing step of the proof)";
    ExponentEstimate k = r.exponent();
    if (!k.isEstimated()) {
      return Claim.notRun(PAPER, id, statement, "k ≤ 2", "too few N_ρ(n) inside the grid of N to fit k");
    }
    boolean interval = !Double.isNaN(k.upper());
    Verdict v = k.exponent() > 2 ? Verdict.NOT_REPRODUCED
        : interval && k.upper() <= 2 ? Verdict.REPRODUCED : Verdict.PARTLY;
    DeviationConfig c = r.config();
    String measured = String.format(Locale.ROOT, "N needed for ρ ≤ %s grows as n^%s, n from %d to %d",
        ClaimText.sig3(c.target()), Jeong2025Claims.interval(k), k.dimensions().get(0),
        k.dimensions().get(k.dimensions().size() - 1));
    DeviationConfig full = DeviationConfig.full(0);
    String counts = String.format(Locale.ROOT, "%d samples per (n, N), n ≤ %d, states exact for n ≤ %d",
        c.replicates(), c.dimensions().get(c.dimensions().size() - 1), c.exactUpTo());
    String scale = (c.replicates() < full.replicates() ? "reduced: " + counts + " (lab full scale: "
        + full.replicates() + " samples, n ≤ " + full.dimensions().get(full.dimensions().size() - 1) + ")" : counts)
        + SCALE;
    return new Claim(PAPER, id, statement, measured, "k ≤ 2 (third-party reading O(n²), unconfirmed)", v,
        "reproduced if the 95 % interval of k in N_ρ ∝ n^k lies at or below 2; partly if k does but its interval "
        + "reaches above; not reproduced if k > 2", scale);
  }
}
